package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.PolresUnit;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Polres units of Polda Kalimantan Selatan and the regencies each covers, as data
 * ({@code polres/polres-units.csv}, with its source), read once at start. A malformed line, or a
 * regency listed under two units, stops the service from starting rather than misrouting a notice.
 */
@ApplicationScoped
public class PolresDirectory {

    static final String RESOURCE = "polres/polres-units.csv";
    private static final Pattern REGENCY_CODE = Pattern.compile("^\\d{2}\\.\\d{2}$");

    private final List<PolresUnit> units;
    private final Map<String, PolresUnit> byRegency;

    public PolresDirectory() {
        Map<String, List<PolresUnit.Regency>> regencies = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 4 || !REGENCY_CODE.matcher(cells[2].strip()).matches()) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected unit_code,unit_name,regency_code (NN.NN),regency_name");
                }
                String code = cells[0].strip();
                names.putIfAbsent(code, cells[1].strip());
                regencies.computeIfAbsent(code, c -> new ArrayList<>())
                        .add(new PolresUnit.Regency(cells[2].strip(), cells[3].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PolresUnit> loaded = new ArrayList<>();
        Map<String, PolresUnit> index = new LinkedHashMap<>();
        names.forEach((code, name) -> {
            PolresUnit unit = new PolresUnit(code, name, regencies.get(code));
            loaded.add(unit);
            unit.regencies().forEach(regency -> {
                if (index.putIfAbsent(regency.code(), unit) != null) {
                    throw new IllegalStateException(RESOURCE + ": regency " + regency.code() + " is covered by two units");
                }
            });
        });
        this.units = List.copyOf(loaded);
        this.byRegency = Map.copyOf(index);
    }

    public List<PolresUnit> units() {
        return units;
    }

    /** The unit covering a regency (Kemendagri code), if any. */
    public Optional<PolresUnit> covering(String regencyCode) {
        return regencyCode == null ? Optional.empty() : Optional.ofNullable(byRegency.get(regencyCode));
    }
}

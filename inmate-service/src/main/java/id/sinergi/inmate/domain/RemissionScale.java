package id.sinergi.inmate.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The most days a remission of a type may take off for the time served, read from
 * {@code rules/remission-scale.csv} (Keppres 174/1999 Pasal 4 and 5; the sources per row are in the file).
 */
public final class RemissionScale {

    public static final String RESOURCE = "rules/remission-scale.csv";
    /** One month of time served or of remission, in days (the counting rule of the scale's implementing decree). */
    public static final int DAYS_PER_MONTH = 30;

    /** One row: for {@code type}, from {@code servedMonthsFrom} (inclusive) to {@code servedMonthsTo} (exclusive, null: no end). */
    public record Row(RemissionType type, int servedMonthsFrom, Integer servedMonthsTo, int maxDays, String source) {

        public Row {
            Objects.requireNonNull(type, "type");
            if (servedMonthsFrom < 0 || (servedMonthsTo != null && servedMonthsTo <= servedMonthsFrom) || maxDays <= 0) {
                throw new IllegalArgumentException("bad scale row for " + type + ": " + servedMonthsFrom + "-" + servedMonthsTo
                        + " months, " + maxDays + " days");
            }
        }

        boolean covers(RemissionType asked, int servedMonths) {
            return type == asked && servedMonths >= servedMonthsFrom && (servedMonthsTo == null || servedMonths < servedMonthsTo);
        }
    }

    private static final RemissionScale DEFAULT = load();

    private final List<Row> rows;

    public RemissionScale(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The scale shipped with the service. */
    public static RemissionScale standard() {
        return DEFAULT;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The row for a type and the days served, if the scale has one (none below the first step). */
    public Optional<Row> rowFor(RemissionType type, long servedDays) {
        int months = (int) Math.min(Integer.MAX_VALUE, servedDays / DAYS_PER_MONTH);
        return rows.stream().filter(row -> row.covers(type, months)).findFirst();
    }

    /** Reads a scale in the CSV form of {@link #RESOURCE}. */
    public static RemissionScale read(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", 5);
                if (cells.length < 5 || cells[4].isBlank()) {
                    throw new IllegalArgumentException(RESOURCE + " line " + number + ": type,servedMonthsFrom,servedMonthsTo,maxDays,source");
                }
                rows.add(new Row(RemissionType.valueOf(cells[0].trim()), Integer.parseInt(cells[1].trim()),
                        cells[2].isBlank() ? null : Integer.valueOf(cells[2].trim()), Integer.parseInt(cells[3].trim()),
                        cells[4].trim()));
            }
        }
        return new RemissionScale(rows);
    }

    private static RemissionScale load() {
        try (InputStream in = RemissionScale.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

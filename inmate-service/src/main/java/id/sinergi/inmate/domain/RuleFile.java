package id.sinergi.inmate.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The form every rule table under {@code rules/} shares: a CSV whose lines starting with {@code #}
 * say what the columns are and where they come from, blank lines between, and a fixed number of
 * cells per row of which the last (the legal source) may hold commas. A malformed row names its
 * line, so a mistake in the law's data stops the service at start-up instead of deciding wrongly.
 */
final class RuleFile {

    /** Builds a table from the rows of its file. */
    @FunctionalInterface
    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private RuleFile() {
    }

    /**
     * The rows of a table, each split into {@code cells} trimmed cells; a row with fewer, or with
     * an empty last cell, is refused naming its line and the columns ({@code header}).
     */
    static List<String[]> rows(InputStream in, String name, int cells, String header) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split(",", cells);
                if (row.length < cells || row[cells - 1].isBlank()) {
                    throw new IllegalArgumentException(name + " line " + number + ": " + header);
                }
                for (int i = 0; i < row.length; i++) {
                    row[i] = row[i].trim();
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The table of a resource on the classpath; a missing or unreadable file is a broken build. */
    static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.sinergi.inmate.domain;

import java.io.IOException;
import java.io.InputStream;
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
        for (String[] cells : RuleFile.rows(in, RESOURCE, 5, "type,servedMonthsFrom,servedMonthsTo,maxDays,source")) {
            rows.add(new Row(RemissionType.valueOf(cells[0]), Integer.parseInt(cells[1]),
                    cells[2].isEmpty() ? null : Integer.valueOf(cells[2]), Integer.parseInt(cells[3]), cells[4]));
        }
        return new RemissionScale(rows);
    }

    private static RemissionScale load() {
        return RuleFile.load(RESOURCE, RemissionScale::read);
    }
}

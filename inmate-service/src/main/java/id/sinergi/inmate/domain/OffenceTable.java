package id.sinergi.inmate.domain;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table that maps a law and an article to an {@link OffenceCategory}, read from
 * {@code rules/offence-categories.csv}, and the reading of a law and an article as written on a
 * detention order or a verdict ("UU No. 35 Tahun 2009", "Pasal 114 ayat (1)").
 *
 * <p>Which criminal code: the national KUHP (UU 1/2023) is in force from 2 January 2026, three years
 * after its promulgation on 2 January 2023. An offence whose law is written only as "KUHP" is read as
 * the old KUHP (WvS, UU 1/1946) when its case began before that day and as UU 1/2023 from that day on.
 * A law named explicitly ("UU 1/2023", "KUHP baru", "WvS", "UU 1/1946") is taken as given: under
 * UU 1/2023 Pasal 3 ayat (1) (left as it was when UU 1/2026 amended ayat (3) and (5)) an act done
 * before the change is judged under the new law unless the old one is more favourable to the offender,
 * so either code can lawfully appear on either side of the date and neither is refused.
 */
public final class OffenceTable {

    /** UU 1/2023 promulgated 2 January 2023, in force three years later (its closing provisions). */
    public static final LocalDate NEW_KUHP_IN_FORCE = LocalDate.of(2026, 1, 2);
    public static final String OLD_KUHP = "KUHP";
    public static final String NEW_KUHP = "UU-1-2023";
    public static final String RESOURCE = "rules/offence-categories.csv";

    /** One row: a law, an inclusive range of articles (null: the whole law), a category and its source. */
    public record Row(String law, Integer articleFrom, Integer articleTo, OffenceCategory category, String source) {

        public Row {
            Objects.requireNonNull(law, "law");
            Objects.requireNonNull(category, "category");
            if ((articleFrom == null) != (articleTo == null) || (articleFrom != null && articleFrom > articleTo)) {
                throw new IllegalArgumentException("bad article range for " + law + ": " + articleFrom + "-" + articleTo);
            }
        }

        public boolean wholeLaw() {
            return articleFrom == null;
        }

        boolean covers(Article article) {
            if (wholeLaw()) {
                return true;
            }
            if (article == null) {
                return false;
            }
            // An inserted article (76C) lies after its number and before the next one.
            return article.number() >= articleFrom
                    && (article.suffix().isEmpty() ? article.number() <= articleTo : article.number() < articleTo);
        }

        public boolean overlaps(Row other) {
            if (!law.equals(other.law)) {
                return false;
            }
            if (wholeLaw() || other.wholeLaw()) {
                return true;
            }
            return articleFrom <= other.articleTo && other.articleFrom <= articleTo;
        }
    }

    /** An article as a number and the letters of an inserted article: "Pasal 76C ayat (1)" is 76, "C". */
    public record Article(int number, String suffix) {

        private static final Pattern PASAL = Pattern.compile("(?:pasal|psl\\.?|art(?:ikel|icle)?\\.?)?\\s*(\\d{1,4})\\s*([a-z]?)\\b");

        public static Article parse(String text) {
            if (text == null) {
                return null;
            }
            Matcher matcher = PASAL.matcher(text.toLowerCase(Locale.ROOT));
            return matcher.find() ? new Article(Integer.parseInt(matcher.group(1)), matcher.group(2).toUpperCase(Locale.ROOT)) : null;
        }

        @Override
        public String toString() {
            return number + suffix;
        }
    }

    /** What the table makes of one offence: the law code, the article and the category. */
    public record Categorised(String lawCode, String article, OffenceCategory category) {
    }

    private static final Pattern CODE = Pattern.compile("\\b(uu|perppu)-(\\d+)-(\\d{4})\\b");
    private static final Pattern NUMBER_YEAR = Pattern.compile("(\\d+)\\s*(?:/|tahun)\\s*(\\d{4})");
    private static final Pattern PERPPU = Pattern.compile("perppu|peraturan pemerintah pengganti");

    private static final OffenceTable DEFAULT = load();

    private final List<Row> rows;

    public OffenceTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table shipped with the service. */
    public static OffenceTable standard() {
        return DEFAULT;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Categorises an offence as written. {@code caseBegunOn} decides which KUHP a bare "KUHP" means;
     * when it is null the old KUHP is assumed only if nothing else is known, so callers pass the best
     * date they have.
     */
    public Categorised categorise(String law, String article, LocalDate caseBegunOn) {
        String code = lawCode(law, caseBegunOn);
        Article parsed = Article.parse(article);
        OffenceCategory category = OffenceCategory.OTHER;
        for (Row row : rows) {
            if (row.law().equals(code) && row.covers(parsed)) {
                category = row.category();
                break;
            }
        }
        return new Categorised(code, parsed == null ? null : parsed.toString(), category);
    }

    /** Whether the table has a row for this law code and article (as {@link Article#toString()}). */
    public boolean knows(String lawCode, String article) {
        Article parsed = Article.parse(article);
        return rows.stream().anyMatch(row -> row.law().equals(lawCode) && row.covers(parsed));
    }

    /**
     * The law code of a law as written: "UU 35/2009", "UU No. 35 Tahun 2009", "UU-35-2009" are all
     * UU-35-2009; "UU 31/1999 jo. UU 20/2001" is the first law named; a law the reader cannot place is
     * returned upper-cased as written, so it still counts in the uncategorised list.
     */
    public static String lawCode(String law, LocalDate caseBegunOn) {
        if (law == null || law.isBlank()) {
            return "UNKNOWN";
        }
        String text = law.toLowerCase(Locale.ROOT).replaceAll("\\bno(mor)?\\.?\\s*(?=\\d)", "").trim();
        Matcher code = CODE.matcher(text);
        if (code.find()) {
            return code.group(1).toUpperCase(Locale.ROOT) + "-" + code.group(2) + "-" + code.group(3);
        }
        Matcher numbered = NUMBER_YEAR.matcher(text);
        if (numbered.find()) {
            String number = numbered.group(1);
            String year = numbered.group(2);
            if ("1".equals(number) && "1946".equals(year)) {
                return OLD_KUHP;
            }
            return (PERPPU.matcher(text.substring(0, numbered.start())).find() ? "PERPPU-" : "UU-") + number + "-" + year;
        }
        if (text.contains("wvs") || text.contains("wetboek") || text.contains("kuhp lama")) {
            return OLD_KUHP;
        }
        if (text.contains("kuhp baru") || text.contains("kuhp nasional")) {
            return NEW_KUHP;
        }
        if (text.equals("kuhp") || text.startsWith("kuhp ") || text.contains("kitab undang-undang hukum pidana")) {
            return caseBegunOn != null && !caseBegunOn.isBefore(NEW_KUHP_IN_FORCE) ? NEW_KUHP : OLD_KUHP;
        }
        return law.trim().toUpperCase(Locale.ROOT);
    }

    /** Reads a table in the CSV form of {@link #RESOURCE}. */
    public static OffenceTable read(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String[] cells : RuleFile.rows(in, RESOURCE, 5, "law,articleFrom,articleTo,category,source")) {
            rows.add(new Row(cells[0], integer(cells[1]), integer(cells[2]), OffenceCategory.valueOf(cells[3]), cells[4]));
        }
        return new OffenceTable(rows);
    }

    private static Integer integer(String cell) {
        return cell.isBlank() ? null : Integer.valueOf(cell.trim());
    }

    private static OffenceTable load() {
        return RuleFile.load(RESOURCE, OffenceTable::read);
    }
}

package id.sinergi.inmate.domain;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How long each stage of detention (A.I–A.V) may last under the code of criminal procedure that
 * governs the case, read from {@code rules/detention-limits.csv}: UU 8/1981 (KUHAP) for cases begun
 * before 2 January 2026, UU 20/2025 (the new KUHAP, in force that day) for cases begun from it.
 */
public final class DetentionLimits {

    public static final String RESOURCE = "rules/detention-limits.csv";
    /** UU 20/2025 is in force from 2 January 2026, the day the national KUHP (UU 1/2023) is. */
    public static final LocalDate NEW_KUHAP_IN_FORCE = LocalDate.of(2026, 1, 2);
    public static final String OLD_KUHAP = "UU-8-1981";
    public static final String NEW_KUHAP = "UU-20-2025";

    /**
     * One stage under one code: who detains, the longest first order, who extends and by how much in
     * all, the article, and the exceptional further extension (Pasal 29 UU 8/1981) with its article.
     */
    public record Limit(String code, RegisterClass stage, String detainedBy, int initialDays, String extendedBy,
                        int extensionDays, String article, int exceptionalDays, String exceptionalArticle,
                        boolean verified, String source) {

        public Limit {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(stage, "stage");
            if (!stage.isDetainee() || initialDays <= 0 || extensionDays < 0 || exceptionalDays < 0) {
                throw new IllegalArgumentException("bad detention limit for " + code + " " + stage);
            }
        }

        /** The last day the stage's orders may reach, from the stage's first day, with or without the exceptional ground. */
        public LocalDate lastDay(LocalDate stageStartsOn, boolean exceptional) {
            return stageStartsOn.plusDays(initialDays + extensionDays + (exceptional ? exceptionalDays : 0) - 1L);
        }

        /** The last day the first order of the stage may reach. */
        public LocalDate lastDayOfFirstOrder(LocalDate startsOn) {
            return startsOn.plusDays(initialDays - 1L);
        }
    }

    private static final DetentionLimits DEFAULT = load();

    private final List<Limit> limits;

    public DetentionLimits(List<Limit> limits) {
        this.limits = List.copyOf(limits);
    }

    /** The table shipped with the service. */
    public static DetentionLimits standard() {
        return DEFAULT;
    }

    public List<Limit> limits() {
        return limits;
    }

    /** The code of criminal procedure that governs a case begun on that day. */
    public static String codeFor(LocalDate caseBegunOn) {
        return caseBegunOn.isBefore(NEW_KUHAP_IN_FORCE) ? OLD_KUHAP : NEW_KUHAP;
    }

    /** The limit of a stage for a case begun on that day. */
    public Limit of(LocalDate caseBegunOn, RegisterClass stage) {
        String code = codeFor(caseBegunOn);
        return limits.stream().filter(l -> l.code().equals(code) && l.stage() == stage).findFirst()
                .orElseThrow(() -> new IllegalStateException("no detention limit for " + code + " " + stage));
    }

    static DetentionLimits read(InputStream in) throws IOException {
        List<Limit> limits = new ArrayList<>();
        for (String[] cells : RuleFile.rows(in, RESOURCE, 11,
                "code,stage,detainedBy,initialDays,extendedBy,extensionDays,article,exceptionalDays,exceptionalArticle,verified,source")) {
            limits.add(new Limit(cells[0], RegisterClass.fromCode(cells[1]), cells[2], Integer.parseInt(cells[3]), cells[4],
                    Integer.parseInt(cells[5]), cells[6], Integer.parseInt(cells[7]), cells[8], Boolean.parseBoolean(cells[9]),
                    cells[10]));
        }
        return new DetentionLimits(limits);
    }

    private static DetentionLimits load() {
        return RuleFile.load(RESOURCE, DetentionLimits::read);
    }
}

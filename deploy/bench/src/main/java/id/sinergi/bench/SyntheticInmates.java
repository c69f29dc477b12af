package id.sinergi.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Synthetic WBP rows for the {@code inmate} table, written as lines of PostgreSQL's COPY text
 * format.
 *
 * <p>Row {@code n} (1, 2, 3, …) is a pure function of {@code n} and the seeding day: an interrupted
 * seeding resumes after the last row it stored and produces what one run would have.
 *
 * <p>Seeded rows are marked twice, so {@code --clean} never touches a real record: the register
 * year is {@value #REGISTER_YEAR} (register numbers {@code B.I-0042/2099}; a real admission takes the
 * current year), and the id is {@code be4c0000-0000-4000-8000-<n in hex>} (a contiguous primary-key
 * range, cheap to find).
 */
final class SyntheticInmates {

    static final int REGISTER_YEAR = 2099;
    static final String FACILITY = "LAPAS-AMUNTAI";

    /** "be4c" for bench, then the version-4 nibble so that seeded ids are well-formed UUIDs. */
    private static final long ID_HIGH_BITS = 0xBE4C_0000_0000_4000L;
    static final UUID FIRST_ID = id(0);
    static final UUID LAST_ID = new UUID(ID_HIGH_BITS, 0x8FFF_FFFF_FFFF_FFFFL);

    /**
     * NIKs are made unique by construction (see {@link #nik}); their 4-digit serial runs out after
     * this many rows.
     */
    static final long MAX_ROWS = 4_790_000;

    /** Columns in the order {@link #appendRow} writes them. */
    static final String COLUMNS = String.join(", ", List.of(
            "id", "register_number", "register_class", "full_name", "aliases", "nik", "birth_place", "birth_date",
            "sex", "nationality", "detaining_authority", "detention_ends_on", "sentence_start", "sentence_years",
            "sentence_months", "sentence_days", "fine_amount", "fine_substitute_days", "remission_days", "expires_on",
            "facility", "cell_block", "risk_level", "status", "location", "admitted_on", "left_on", "release_reason",
            "transferred_to", "search_name", "created_at", "updated_at", "version"));

    private static final String NULL = "\\N";

    /** Register classes and how common each is: convicts (B) dominate, as in a Lapas. */
    private static final String[] CLASSES = {"B.I", "B.IIa", "B.IIb", "B.III", "A.I", "A.II", "A.III", "A.IV", "A.V"};
    private static final int[] CLASS_WEIGHTS = {52, 14, 5, 3, 3, 9, 8, 4, 2};

    private static final String[] AUTHORITIES = {
            "Polres Hulu Sungai Utara", "Kejaksaan Negeri Hulu Sungai Utara", "Pengadilan Negeri Amuntai",
            "Pengadilan Tinggi Banjarmasin", "Mahkamah Agung"};

    private static final String[] FOREIGN_NATIONALITIES = {"MYS", "MYS", "PHL", "TLS", "CHN", "NGA"};
    private static final String[] FOREIGN_TOWNS = {"Tawau", "Kuala Lumpur", "Zamboanga", "Dili", "Guangzhou", "Lagos"};

    private static final String[] TRANSFER_TARGETS = {
            "LAPAS-BANJARMASIN", "LAPAS-BARABAI", "LAPAS-KARANG-INTAN", "RUTAN-KANDANGAN", "LAPAS-NARKOTIKA-KARANG-INTAN"};

    private static final String[] CELL_LETTERS = {"A", "B", "C", "D", "E", "F"};

    private static final long[] NARCOTICS_FINES = {
            100_000_000L, 200_000_000L, 500_000_000L, 800_000_000L, 1_000_000_000L, 2_000_000_000L};

    private final LocalDate today;
    private final String timestamp;

    /**
     * @param today the day expiries and detentions are spread from
     * @param now   created_at and updated_at of every row
     */
    SyntheticInmates(LocalDate today, OffsetDateTime now) {
        this.today = today;
        this.timestamp = now.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static UUID id(long n) {
        return new UUID(ID_HIGH_BITS, 0x8000_0000_0000_0000L | n);
    }

    /** The row number of a seeded id (inverse of {@link #id}). */
    static long rowNumber(UUID id) {
        return id.getLeastSignificantBits() & 0x0FFF_FFFF_FFFF_FFFFL;
    }

    /** Appends row {@code n} (from 1) as one COPY text line. */
    void appendRow(long n, StringBuilder out) {
        // One generator per row, seeded from n: rows do not depend on chunk boundaries. The seed is
        // hashed: SplittableRandom steps its seed by a fixed gamma, so seeds n·gamma would give row
        // n+1 the stream of row n shifted by one value, i.e. near-copies of the previous row.
        SplittableRandom random = new SplittableRandom(mix(n));

        String registerClass = CLASSES[weighted(random, CLASS_WEIGHTS)];
        boolean detainee = registerClass.startsWith("A.");
        boolean female = random.nextInt(100) < 7;

        String fullName = fullName(random, female);
        String alias = random.nextInt(100) < 30 ? pick(random, female ? IndonesianNames.FEMALE_ALIASES : IndonesianNames.MALE_ALIASES) : null;
        // Exactly what Inmate.recomputeSearchName stores: name and aliases, space-separated, lower-cased.
        String searchName = (alias == null ? fullName : fullName + " " + alias).toLowerCase(Locale.ROOT);

        boolean indonesian = random.nextInt(1000) >= 15;
        LocalDate birthDate = today.minusYears(18 + Math.min(57, (long) Math.abs(random.nextGaussian() * 12)))
                .minusDays(random.nextInt(365));
        IndonesianNames.Region region = IndonesianNames.REGIONS.get((int) ((n - 1) % IndonesianNames.REGIONS.size()));
        String nationality;
        String nik;
        String birthPlace;
        if (indonesian) {
            nationality = "IDN";
            nik = nik(n, region, birthDate, female);
            birthPlace = random.nextInt(100) < 80 ? region.town() : pick(random, IndonesianNames.REGIONS).town();
        } else {
            int foreign = random.nextInt(FOREIGN_NATIONALITIES.length);
            nationality = FOREIGN_NATIONALITIES[foreign];
            nik = null;
            birthPlace = FOREIGN_TOWNS[foreign];
        }

        int statusRoll = random.nextInt(100);
        String status = statusRoll < 86 ? "IN_CUSTODY" : statusRoll < 98 ? "RELEASED" : "TRANSFERRED";

        Custody custody = detainee
                ? detention(random, registerClass, status)
                : sentence(random, registerClass, status);

        int riskRoll = random.nextInt(100);
        String riskLevel = riskRoll < 55 ? "LOW" : riskRoll < 88 ? "MEDIUM" : "HIGH";
        String cellBlock = CELL_LETTERS[random.nextInt(CELL_LETTERS.length)] + "-" + (1 + random.nextInt(9));

        field(out, id(n).toString());
        field(out, String.format(Locale.ROOT, "%s-%04d/%d", registerClass, n, REGISTER_YEAR));
        field(out, registerClass);
        field(out, fullName);
        field(out, alias == null ? "{}" : "{\"" + alias + "\"}");
        field(out, nik);
        field(out, birthPlace);
        field(out, birthDate);
        field(out, female ? "FEMALE" : "MALE");
        field(out, nationality);
        field(out, custody.detainingAuthority);
        field(out, custody.detentionEndsOn);
        field(out, custody.sentenceStart);
        field(out, custody.sentenceYears);
        field(out, custody.sentenceMonths);
        field(out, custody.sentenceDays);
        field(out, custody.fineAmount);
        field(out, custody.fineSubstituteDays);
        field(out, custody.remissionDays);
        field(out, custody.expiresOn);
        field(out, FACILITY);
        field(out, cellBlock);
        field(out, riskLevel);
        field(out, status);
        field(out, "IN_FACILITY");
        field(out, custody.admittedOn);
        field(out, custody.leftOn);
        field(out, custody.releaseReason);
        field(out, custody.transferredTo);
        field(out, searchName);
        field(out, timestamp);
        field(out, timestamp);
        out.append('0').append('\n');
    }

    /** One to three parts: a given name, usually a surname, sometimes a second given name between. */
    private static String fullName(SplittableRandom random, boolean female) {
        List<String> given = female ? IndonesianNames.FEMALE_GIVEN : IndonesianNames.MALE_GIVEN;
        List<String> surnames = female ? IndonesianNames.FEMALE_SURNAMES : IndonesianNames.MALE_SURNAMES;
        String first = pick(random, given);
        int shape = random.nextInt(100);
        if (shape < 12) {
            return first;
        }
        String last = pick(random, surnames);
        if (shape < 75 || last.equals(first)) {
            return first + " " + last;
        }
        String middle = pick(random, given);
        return middle.equals(first) || middle.equals(last) ? first + " " + last : first + " " + middle + " " + last;
    }

    /**
     * A well-formed NIK (region, district, birth date with 40 added to the day for women, serial)
     * that is unique by construction: region, district and serial together encode {@code n}. Serials
     * start at 5001 so that seeded NIKs stay clear of real ones (whose serials are small).
     */
    private static String nik(long n, IndonesianNames.Region region, LocalDate birthDate, boolean female) {
        long k = n - 1;
        int regions = IndonesianNames.REGIONS.size();
        long district = 1 + (k / regions) % 60;
        long serial = 5001 + k / (regions * 60L);
        int day = birthDate.getDayOfMonth() + (female ? 40 : 0);
        return String.format(Locale.ROOT, "%s%02d%02d%02d%02d%04d", region.code(), district, day,
                birthDate.getMonthValue(), birthDate.getYear() % 100, serial);
    }

    /** A detainee (A class): held on a detention order that ends within weeks. */
    private Custody detention(SplittableRandom random, String registerClass, String status) {
        Custody custody = new Custody();
        custody.detainingAuthority = AUTHORITIES[authorityIndex(registerClass)];
        switch (status) {
            case "IN_CUSTODY" -> {
                custody.admittedOn = today.minusDays(random.nextInt(100));
                custody.detentionEndsOn = today.plusDays(1 + random.nextInt(60));
            }
            case "RELEASED" -> {
                // Released by law when the order ran out (or the charge was dropped).
                custody.leftOn = today.minusDays(1 + random.nextInt(1825));
                custody.detentionEndsOn = custody.leftOn;
                custody.admittedOn = custody.leftOn.minusDays(10 + random.nextInt(100));
                custody.releaseReason = "BY_LAW";
            }
            default -> {
                custody.leftOn = today.minusDays(1 + random.nextInt(30));
                custody.admittedOn = custody.leftOn.minusDays(1 + random.nextInt(100));
                custody.detentionEndsOn = custody.leftOn.plusDays(1 + random.nextInt(40));
                custody.transferredTo = TRANSFER_TARGETS[random.nextInt(TRANSFER_TARGETS.length)];
            }
        }
        return custody;
    }

    /** A.I is held by the police, A.II by the prosecutor, A.III–A.V by the courts in ascending order. */
    private static int authorityIndex(String registerClass) {
        return switch (registerClass) {
            case "A.I" -> 0;
            case "A.II" -> 1;
            case "A.III" -> 2;
            case "A.IV" -> 3;
            default -> 4;
        };
    }

    /**
     * A convict (B class): a sentence whose length fits the class, and an expiry computed from it
     * with the service's rule (KeyDates: start + calendar length - remission), so key dates read
     * through the API agree with the stored expiry. In custody, the expiry falls within the next
     * ten years.
     */
    private Custody sentence(SplittableRandom random, String registerClass, String status) {
        Custody custody = new Custody();
        boolean held = !"RELEASED".equals(status);
        int years = 0;
        int months = 0;
        int days = 0;
        long daysLeft = 0;
        switch (registerClass) {
            case "B.I" -> { // more than one year
                years = 1 + Math.min(19, (int) Math.abs(random.nextGaussian() * 4));
                if (held) {
                    // Long sentences pile up in a register, so the expiries of B.I WBP still held
                    // spread evenly over the next ten years: pick the days left first, then make the
                    // sentence long enough for them (plus the largest remission, 150 days).
                    daysLeft = 1 + random.nextInt(3650);
                    years = Math.min(20, Math.max(years, (int) ((daysLeft + 180) / 365) + 1));
                }
                months = random.nextBoolean() ? 0 : random.nextInt(12);
            }
            case "B.IIa" -> months = 3 + random.nextInt(9); // three months to a year
            case "B.IIb" -> { // under three months
                months = 1 + random.nextInt(2);
                days = random.nextInt(30);
            }
            default -> months = 1 + random.nextInt(6); // B.III: confinement in lieu of a fine
        }
        custody.sentenceYears = years;
        custody.sentenceMonths = months;
        custody.sentenceDays = days;

        if (registerClass.equals("B.I") && random.nextInt(100) < 40) {
            custody.fineAmount = NARCOTICS_FINES[random.nextInt(NARCOTICS_FINES.length)] + ".00";
            custody.fineSubstituteDays = 90 + random.nextInt(91);
        } else if (random.nextInt(100) < 10) {
            custody.fineAmount = (1 + random.nextInt(50)) * 1_000_000L + ".00";
            custody.fineSubstituteDays = 30;
        }
        int remission = registerClass.equals("B.I") && random.nextInt(100) < 60 ? 15 + random.nextInt(136) : 0;
        custody.remissionDays = remission;

        // Roughly how long the sentence runs once remission is taken off (exact once start is known).
        long effective = ChronoUnit.DAYS.between(today, today.plusYears(years).plusMonths(months).plusDays(days)) - remission;
        LocalDate target;
        if (!held) {
            custody.leftOn = today.minusDays(1 + random.nextInt(1825));
            target = custody.leftOn;
        } else if (daysLeft > 0) {
            target = today.plusDays(Math.min(daysLeft, effective - 1));
        } else {
            target = today.plusDays(1 + random.nextLong(Math.max(1, Math.min(3650, effective - 1))));
        }
        LocalDate start = target.minusDays(effective);
        LocalDate expiry = expiry(start, years, months, days, remission);
        while ("IN_CUSTODY".equals(status) && !expiry.isAfter(today)) {
            start = start.plusDays(1);
            expiry = expiry(start, years, months, days, remission);
        }
        custody.sentenceStart = start;
        custody.expiresOn = expiry;
        // Admission follows the start of the sentence (time in detention elsewhere counts).
        long sinceStart = Math.max(0, ChronoUnit.DAYS.between(start, custody.leftOn != null ? custody.leftOn : today));
        custody.admittedOn = start.plusDays(random.nextLong(Math.min(60, sinceStart) + 1));

        if ("RELEASED".equals(status)) {
            int reason = random.nextInt(100);
            custody.releaseReason = reason < 50 ? "END_OF_SENTENCE" : reason < 80 ? "PAROLE" : reason < 88 ? "CONDITIONAL_LEAVE"
                    : reason < 93 ? "PRE_RELEASE_LEAVE" : reason < 98 ? "BY_LAW" : "DECEASED";
            if (custody.releaseReason.equals("END_OF_SENTENCE")) {
                custody.leftOn = expiry;
            } else {
                // Left before the expiry: parole and leave come after 2/3, the rest at any time.
                long served = ChronoUnit.DAYS.between(start, expiry);
                long leftAfter = custody.releaseReason.equals("BY_LAW") || custody.releaseReason.equals("DECEASED")
                        ? 1 + random.nextLong(Math.max(1, served - 1))
                        : (served * 2 + 2) / 3 + random.nextLong(Math.max(1, served / 3));
                custody.leftOn = start.plusDays(Math.min(served, leftAfter));
            }
            if (custody.admittedOn.isAfter(custody.leftOn)) {
                custody.admittedOn = start;
            }
        } else if ("TRANSFERRED".equals(status)) {
            custody.leftOn = today.minusDays(random.nextInt(30));
            if (custody.leftOn.isBefore(custody.admittedOn)) {
                custody.leftOn = custody.admittedOn;
            }
            custody.transferredTo = TRANSFER_TARGETS[random.nextInt(TRANSFER_TARGETS.length)];
        }
        return custody;
    }

    /** KeyDates.expiry of inmate-service: start + (calendar length - remission). */
    private static LocalDate expiry(LocalDate start, int years, int months, int days, int remission) {
        long length = ChronoUnit.DAYS.between(start, start.plusYears(years).plusMonths(months).plusDays(days));
        return start.plusDays(length - remission);
    }

    /** MurmurHash3's 64-bit finaliser: neighbouring inputs give unrelated outputs. */
    static long mix(long value) {
        long h = value ^ 0x5EED_BE4CL;
        h = (h ^ (h >>> 33)) * 0xFF51_AFD7_ED55_8CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CE_B9FE_1A85_EC53L;
        return h ^ (h >>> 33);
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A COPY text field followed by a tab; null becomes \N. Values never contain tabs or backslashes. */
    private static void field(StringBuilder out, Object value) {
        out.append(value == null ? NULL : value.toString()).append('\t');
    }

    /** The legal basis and movement dates of one WBP; null fields are NULL columns. */
    private static final class Custody {
        String detainingAuthority;
        LocalDate detentionEndsOn;
        LocalDate sentenceStart;
        Integer sentenceYears;
        Integer sentenceMonths;
        Integer sentenceDays;
        String fineAmount;
        Integer fineSubstituteDays;
        int remissionDays;
        LocalDate expiresOn;
        LocalDate admittedOn;
        LocalDate leftOn;
        String releaseReason;
        String transferredTo;
    }
}

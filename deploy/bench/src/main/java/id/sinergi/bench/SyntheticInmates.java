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
 * Synthetic people and their stays for the {@code people} and {@code inmate} tables, written as
 * lines of PostgreSQL's COPY text format. Since V4 (people and stays) an {@code inmate} row is one
 * stay, and the identity (name, aliases, NIK, birth, sex, nationality) is its person's.
 *
 * <p>Row {@code n} (1, 2, 3, …) is stay {@code n}. Most people have one stay, their person being
 * person {@code n}. Some come back: when the pair of stays {@code (n-1, n)} (n even) is drawn as a
 * return ({@value #RETURN_PAIR_PERCENT} % of pairs, so one stay in ten), stay {@code n} is person
 * {@code n-1}'s second; the first was a conviction or a detention that ended in release before the
 * second began, so a person never has two open stays (the {@code inmate_one_open_stay} index). One
 * stay in ten is a benchmark's choice, not a statistic of Indonesian recidivism: no national figure
 * was found, and what matters here is that NIK searches and records meet people with more than one
 * stay.
 *
 * <p>Everything about row {@code n} is a pure function of {@code n} and the seeding day: an
 * interrupted seeding resumes after the last row it stored and produces what one run would have.
 * A person's row is written with their first stay, so a second stay always finds its person stored
 * (in the same chunk or an earlier one).
 *
 * <p>Seeded rows are marked twice, so {@code --clean} never touches a real record: the register
 * year is {@value #REGISTER_YEAR} (register numbers {@code B.I-0042/2099}; a real admission takes the
 * current year), and the ids are {@code be4c0000-0000-4000-8000-<n in hex>} for stays and
 * {@code be4c0000-0000-4000-9000-<n in hex>} for people (contiguous primary-key ranges, cheap to find).
 */
final class SyntheticInmates {

    static final int REGISTER_YEAR = 2099;
    static final String FACILITY = "LAPAS-AMUNTAI";

    /** "be4c" for bench, then the version-4 nibble so that seeded ids are well-formed UUIDs. */
    private static final long ID_HIGH_BITS = 0xBE4C_0000_0000_4000L;
    /** Variant nibble 8 for stays, 9 for people: both are the RFC 4122 variant. */
    private static final long STAY_LOW_BITS = 0x8000_0000_0000_0000L;
    private static final long PERSON_LOW_BITS = 0x9000_0000_0000_0000L;
    static final UUID FIRST_ID = id(0);
    static final UUID LAST_ID = new UUID(ID_HIGH_BITS, STAY_LOW_BITS | 0x0FFF_FFFF_FFFF_FFFFL);
    static final UUID FIRST_PERSON_ID = personId(0);
    static final UUID LAST_PERSON_ID = new UUID(ID_HIGH_BITS, PERSON_LOW_BITS | 0x0FFF_FFFF_FFFF_FFFFL);

    /**
     * NIKs are made unique by construction (see {@link #nik}); their 4-digit serial runs out after
     * this many rows.
     */
    static final long MAX_ROWS = 4_790_000;

    /** Pairs of stays (n-1, n) whose second is the first one's person coming back. */
    static final int RETURN_PAIR_PERCENT = 20;

    /**
     * Days at least between the end of a first stay and the start of the second. A released sentence
     * ends a few days off the date it was aimed at (calendar lengths from today, not from its start),
     * so the aim is this much earlier.
     */
    private static final int DAYS_BETWEEN_STAYS = 30;

    /** Columns of {@code people} in the order {@link #appendRows} writes them. */
    static final String PERSON_COLUMNS = String.join(", ", List.of(
            "id", "nik", "full_name", "aliases", "birth_place", "birth_date", "sex", "nationality", "created_at",
            "updated_at", "version"));

    /** Columns of {@code inmate} (the stays) in the order {@link #appendRows} writes them. */
    static final String STAY_COLUMNS = String.join(", ", List.of(
            "id", "person_id", "recidivist", "register_number", "register_class", "detaining_authority",
            "detention_ends_on", "sentence_start", "sentence_years", "sentence_months", "sentence_days", "fine_amount",
            "fine_substitute_days", "remission_days", "expires_on", "facility", "cell_block", "risk_level", "status",
            "location", "admitted_on", "left_on", "release_reason", "transferred_to", "search_name", "created_at",
            "updated_at", "version"));

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

    /**
     * Where a region's transfers go: out of the region (Kalimantan Tengah and Timur), since a transfer to
     * one of its own facilities keeps the stay open (IN_TRANSIT) until the arrival, and ends none.
     */
    private static final String[] OUT_OF_REGION_TARGETS = {"LAPAS-PALANGKARAYA", "LAPAS-BALIKPAPAN", "LAPAS-SAMARINDA"};

    /**
     * Where the stays are held. The default puts every stay in {@value #FACILITY}; a region puts
     * {@code perFacility} consecutive stays in each of its facilities in turn, numbered from 1 again in
     * each, as every facility keeps its own register (inmate-service's V16): stay {@code n} is in
     * facility {@code (n-1) / perFacility}, with serial {@code (n-1) % perFacility + 1}.
     */
    record Layout(List<String> facilities, long perFacility) {

        static final Layout ONE_FACILITY = new Layout(List.of(FACILITY), MAX_ROWS);

        Layout {
            facilities = List.copyOf(facilities);
        }

        boolean region() {
            return facilities.size() > 1;
        }

        long stays() {
            return facilities.size() * perFacility;
        }

        String facility(long n) {
            return facilities.get((int) ((n - 1) / perFacility));
        }

        long serial(long n) {
            return (n - 1) % perFacility + 1;
        }
    }

    private final LocalDate today;
    private final String timestamp;
    private final Layout layout;

    /**
     * @param today the day expiries and detentions are spread from
     * @param now   created_at and updated_at of every row
     */
    SyntheticInmates(LocalDate today, OffsetDateTime now) {
        this(today, now, Layout.ONE_FACILITY);
    }

    SyntheticInmates(LocalDate today, OffsetDateTime now, Layout layout) {
        this.today = today;
        this.timestamp = now.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        this.layout = layout;
    }

    /** A stay's movements as the other services learn them from inmate events (liaison's read models). */
    record Movement(UUID id, UUID personId, long previousStay, String facility, String registerNumber,
                    String registerClass, String status, LocalDate admittedOn, LocalDate leftOn, String releaseReason,
                    String riskLevel) {
    }

    /** Stay {@code n} as a movement: admitted, and released or transferred when it ended. */
    Movement movement(long n) {
        Stay stay = stay(n);
        long p = person(n);
        return new Movement(id(n), personId(p), p == n ? 0 : p, layout.facility(n), registerNumber(n, stay),
                stay.registerClass, stay.status, stay.custody.admittedOn, stay.custody.leftOn, stay.custody.releaseReason,
                stay.riskLevel);
    }

    private String registerNumber(long n, Stay stay) {
        return String.format(Locale.ROOT, "%s-%04d/%d", stay.registerClass, layout.serial(n), REGISTER_YEAR);
    }

    /** The id of stay {@code n}. */
    static UUID id(long n) {
        return new UUID(ID_HIGH_BITS, STAY_LOW_BITS | n);
    }

    /** The id of person {@code p}, whose first stay is stay {@code p}. */
    static UUID personId(long p) {
        return new UUID(ID_HIGH_BITS, PERSON_LOW_BITS | p);
    }

    /** The row number of a seeded stay id (inverse of {@link #id}). */
    static long rowNumber(UUID id) {
        return id.getLeastSignificantBits() & 0x0FFF_FFFF_FFFF_FFFFL;
    }

    /** Whether stay {@code n} is the second stay of the person of stay {@code n-1}. */
    static boolean returns(long n) {
        // Its own hash (the complement of the pair number), independent of every row's generator.
        return n % 2 == 0 && Long.remainderUnsigned(mix(~(n / 2)), 100) < RETURN_PAIR_PERCENT;
    }

    /** The person of stay {@code n}: the person of the stay before when {@code n} is a return. */
    static long person(long n) {
        return returns(n) ? n - 1 : n;
    }

    /**
     * Appends stay {@code n} (from 1) to {@code stays} and, when it is its person's first stay, the
     * person to {@code people}; one COPY text line each.
     */
    void appendRows(long n, StringBuilder people, StringBuilder stays) {
        Stay stay = stay(n);
        long p = person(n);
        Stay firstStay = p == n ? stay : stay(p);
        Identity identity = identity(p, firstStay);
        if (p == n) {
            appendPerson(p, identity, people);
        }
        // Exactly what Inmate.recomputeSearchName stores from Person.searchName: name and aliases,
        // space-separated, lower-cased.
        String searchName = (identity.alias == null ? identity.fullName : identity.fullName + " " + identity.alias)
                .toLowerCase(Locale.ROOT);
        // Person.hasServedAConviction: an earlier stay that ended in release as a convict (a B class).
        boolean recidivist = p != n && firstStay.servedConviction();
        Custody custody = stay.custody;

        field(stays, id(n).toString());
        field(stays, personId(p).toString());
        field(stays, recidivist ? "t" : "f");
        field(stays, registerNumber(n, stay));
        field(stays, stay.registerClass);
        field(stays, custody.detainingAuthority);
        field(stays, custody.detentionEndsOn);
        field(stays, custody.sentenceStart);
        field(stays, custody.sentenceYears);
        field(stays, custody.sentenceMonths);
        field(stays, custody.sentenceDays);
        field(stays, custody.fineAmount);
        field(stays, custody.fineSubstituteDays);
        field(stays, custody.remissionDays);
        field(stays, custody.expiresOn);
        field(stays, layout.facility(n));
        field(stays, stay.cellBlock);
        field(stays, stay.riskLevel);
        field(stays, stay.status);
        field(stays, "IN_FACILITY");
        field(stays, custody.admittedOn);
        field(stays, custody.leftOn);
        field(stays, custody.releaseReason);
        field(stays, custody.transferredTo == null || !layout.region() ? custody.transferredTo
                : OUT_OF_REGION_TARGETS[(int) (n % OUT_OF_REGION_TARGETS.length)]);
        field(stays, searchName);
        field(stays, timestamp);
        field(stays, timestamp);
        stays.append('0').append('\n');
    }

    private void appendPerson(long p, Identity identity, StringBuilder people) {
        field(people, personId(p).toString());
        field(people, identity.nik);
        field(people, identity.fullName);
        field(people, identity.alias == null ? "{}" : "{\"" + identity.alias + "\"}");
        field(people, identity.birthPlace);
        field(people, identity.birthDate);
        field(people, identity.female ? "FEMALE" : "MALE");
        field(people, identity.nationality);
        field(people, timestamp);
        field(people, timestamp);
        people.append('0').append('\n');
    }

    /**
     * Stay {@code n}: class, status, custody and placement. A first stay whose person comes back is
     * released, {@value #DAYS_BETWEEN_STAYS} days or more before the second stay's admission.
     */
    private Stay stay(long n) {
        // One generator per row, seeded from n: rows do not depend on chunk boundaries. The seed is
        // hashed: SplittableRandom steps its seed by a fixed gamma, so seeds n·gamma would give row
        // n+1 the stream of row n shifted by one value, i.e. near-copies of the previous row.
        SplittableRandom random = new SplittableRandom(mix(n));
        String registerClass = CLASSES[weighted(random, CLASS_WEIGHTS)];
        int statusRoll = random.nextInt(100);
        boolean comesBack = returns(n + 1);
        String status = comesBack || (statusRoll >= 86 && statusRoll < 98) ? "RELEASED"
                : statusRoll < 86 ? "IN_CUSTODY" : "TRANSFERRED";
        LocalDate endsBefore = comesBack ? stay(n + 1).custody.admittedOn.minusDays(DAYS_BETWEEN_STAYS) : today;
        Custody custody = registerClass.startsWith("A.")
                ? detention(random, registerClass, status, endsBefore)
                : sentence(random, registerClass, status, endsBefore);
        int riskRoll = random.nextInt(100);
        String riskLevel = riskRoll < 55 ? "LOW" : riskRoll < 88 ? "MEDIUM" : "HIGH";
        String cellBlock = CELL_LETTERS[random.nextInt(CELL_LETTERS.length)] + "-" + (1 + random.nextInt(9));
        return new Stay(registerClass, status, custody, riskLevel, cellBlock);
    }

    /**
     * Person {@code p}: name, alias, nationality, NIK and birth, from a generator of its own (a
     * second stay does not change who the person is). Adult at the first stay's admission.
     */
    private Identity identity(long p, Stay firstStay) {
        SplittableRandom random = new SplittableRandom(mix(p) ^ 0x1DE7_17E5L);
        Identity identity = new Identity();
        identity.female = random.nextInt(100) < 7;
        identity.fullName = fullName(random, identity.female);
        identity.alias = random.nextInt(100) < 30
                ? pick(random, identity.female ? IndonesianNames.FEMALE_ALIASES : IndonesianNames.MALE_ALIASES) : null;
        boolean indonesian = random.nextInt(1000) >= 15;
        LocalDate birthDate = today.minusYears(18 + Math.min(57, (long) Math.abs(random.nextGaussian() * 12)))
                .minusDays(random.nextInt(365));
        LocalDate adultBy = firstStay.custody.admittedOn.minusYears(18);
        int daysBeforeAdult = random.nextInt(3650);
        identity.birthDate = birthDate.isAfter(adultBy) ? adultBy.minusDays(daysBeforeAdult) : birthDate;
        IndonesianNames.Region region = IndonesianNames.REGIONS.get((int) ((p - 1) % IndonesianNames.REGIONS.size()));
        int townRoll = random.nextInt(100);
        IndonesianNames.Region elsewhere = pick(random, IndonesianNames.REGIONS);
        int foreign = random.nextInt(FOREIGN_NATIONALITIES.length);
        if (indonesian) {
            identity.nationality = "IDN";
            identity.nik = nik(p, region, identity.birthDate, identity.female);
            identity.birthPlace = townRoll < 80 ? region.town() : elsewhere.town();
        } else {
            identity.nationality = FOREIGN_NATIONALITIES[foreign];
            identity.birthPlace = FOREIGN_TOWNS[foreign];
        }
        return identity;
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

    /**
     * A detainee (A class): held on a detention order that ends within weeks.
     *
     * @param endsBefore a released stay ends before this day: today, or its person's next admission
     */
    private Custody detention(SplittableRandom random, String registerClass, String status, LocalDate endsBefore) {
        Custody custody = new Custody();
        custody.detainingAuthority = AUTHORITIES[authorityIndex(registerClass)];
        switch (status) {
            case "IN_CUSTODY" -> {
                custody.admittedOn = today.minusDays(random.nextInt(100));
                custody.detentionEndsOn = today.plusDays(1 + random.nextInt(60));
            }
            case "RELEASED" -> {
                // Released by law when the order ran out (or the charge was dropped).
                custody.leftOn = endsBefore.minusDays(1 + random.nextInt(1825));
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
     *
     * @param endsBefore a released stay ends about then or before: today, or its person's next admission
     */
    private Custody sentence(SplittableRandom random, String registerClass, String status, LocalDate endsBefore) {
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
            custody.leftOn = endsBefore.minusDays(1 + random.nextInt(1825));
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

    /** One stay as generated; its custody's null fields are NULL columns. */
    private record Stay(String registerClass, String status, Custody custody, String riskLevel, String cellBlock) {
        /** Released while in a convict class: what makes the person's next stay a recidivist's (Stay.endedAfterConviction). */
        boolean servedConviction() {
            return "RELEASED".equals(status) && registerClass.startsWith("B.");
        }
    }

    /** Who a person is; null fields are NULL columns. */
    private static final class Identity {
        boolean female;
        String fullName;
        String alias;
        String nik;
        String birthPlace;
        LocalDate birthDate;
        String nationality;
    }

    /** The legal basis and movement dates of one stay; null fields are NULL columns. */
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

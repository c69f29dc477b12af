package id.sinergi.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The query strings of each kind, built from WBP sampled out of the database, so that every name,
 * alias and NIK exists (whether seeded or admitted through the API) and filter combinations match
 * someone. Fixed random seeds: two runs send the same queries.
 */
public final class SearchQueries {

    static final int PAGE_SIZE = 20;

    /** Keys next to each other on a QWERTY keyboard: the substitutions people actually make. */
    private static final String[] KEYBOARD_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private final Map<QueryKind, List<String>> queries;

    private SearchQueries(Map<QueryKind, List<String>> queries) {
        this.queries = queries;
    }

    public List<String> of(QueryKind kind) {
        return queries.get(kind);
    }

    /** {@code perKind} query strings of every kind. */
    public static SearchQueries sample(Connection connection, int perKind) throws SQLException {
        return sample(connection, perKind, null);
    }

    /** {@code perKind} query strings of every kind, from the stays of one facility (null: every facility). */
    public static SearchQueries sample(Connection connection, int perKind, String facility) throws SQLException {
        Random random = new Random(20_26_11_28L);
        List<Sampled> people = samplePeople(connection, perKind * 4, facility);
        if (people.isEmpty()) {
            throw new IllegalStateException("the register has no stays: seed it first");
        }
        Map<QueryKind, List<String>> queries = new EnumMap<>(QueryKind.class);
        for (QueryKind kind : QueryKind.values()) {
            queries.put(kind, new ArrayList<>());
        }
        List<Sampled> withAlias = people.stream().filter(p -> p.alias != null).toList();
        List<Sampled> withNik = people.stream().filter(p -> p.nik != null).toList();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < perKind; i++) {
            Sampled person = people.get(i % people.size());
            queries.get(QueryKind.NAME).add(param("name", person.fullName));
            queries.get(QueryKind.NAME_TYPO).add(param("name", typo(person.fullName, random)));
            String word = word(person.fullName, random);
            queries.get(QueryKind.NAME_WORD).add(param("name", random.nextBoolean() ? typo(word, random) : word.toLowerCase(Locale.ROOT)));
            if (!withAlias.isEmpty()) {
                queries.get(QueryKind.ALIAS).add(param("name", withAlias.get(i % withAlias.size()).alias));
            }
            if (!withNik.isEmpty()) {
                queries.get(QueryKind.NIK).add(param("nik", withNik.get(i % withNik.size()).nik));
            }
            queries.get(QueryKind.FILTERS).add(param("status", person.status) + "&" + param("registerClass", person.registerClass)
                    + "&" + param("riskLevel", person.riskLevel) + "&" + param("cellBlock", person.cellBlock));
            LocalDate from = today.plusDays(random.nextInt(3650 - 31));
            queries.get(QueryKind.RELEASE_WINDOW).add(param("status", "IN_CUSTODY") + "&" + param("releaseFrom", from)
                    + "&" + param("releaseTo", from.plusMonths(1).minusDays(1)));
        }
        queries.replaceAll((kind, list) -> List.copyOf(list));
        return new SearchQueries(queries);
    }

    private record Sampled(String fullName, String alias, String nik, String status, String registerClass,
                           String riskLevel, String cellBlock) {
    }

    /**
     * A random sample of about {@code size} stays with their person's identity (name, aliases and
     * NIK live on {@code people} since V4). TABLESAMPLE reads a fraction of the stays instead of
     * sorting a million rows by random(); REPEATABLE fixes which rows.
     */
    private static List<Sampled> samplePeople(Connection connection, int size, String facility) throws SQLException {
        long rows;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM inmate WHERE ?::text IS NULL OR facility = ?")) {
            statement.setString(1, facility);
            statement.setString(2, facility);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                rows = result.getLong(1);
            }
        }
        // The sample must find enough rows of the facility, which are a share of the table it samples.
        double percent = Math.min(100.0, 100.0 * size * 1.5 / Math.max(1, rows));
        List<Sampled> people = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT people.full_name, people.aliases, people.nik, stay.status, stay.register_class, stay.risk_level,
                       stay.cell_block
                FROM inmate stay TABLESAMPLE BERNOULLI (?) REPEATABLE (42)
                JOIN people ON people.id = stay.person_id
                WHERE ?::text IS NULL OR stay.facility = ?
                ORDER BY stay.id -- the same rows whichever way the join is planned
                LIMIT ?""")) {
            statement.setDouble(1, percent);
            statement.setString(2, facility);
            statement.setString(3, facility);
            statement.setInt(4, size);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Array aliases = result.getArray(2);
                    String[] aliasValues = (String[]) aliases.getArray();
                    people.add(new Sampled(result.getString(1), aliasValues.length == 0 ? null : aliasValues[0],
                            result.getString(3), result.getString(4), result.getString(5), result.getString(6),
                            result.getString(7)));
                }
            }
        }
        Collections.shuffle(people, new Random(7));
        return people;
    }

    /** One word of the name, preferring words of four letters or more (what people type to search). */
    private static String word(String fullName, Random random) {
        String[] words = fullName.split(" ");
        List<String> longWords = new ArrayList<>();
        for (String word : words) {
            if (word.length() >= 4) {
                longWords.add(word);
            }
        }
        List<String> candidates = longWords.isEmpty() ? List.of(words) : longWords;
        return candidates.get(random.nextInt(candidates.size()));
    }

    /**
     * The text with one typo in a letter after the first: a neighbouring key instead of the right
     * one, a letter left out, two letters swapped, or a letter doubled. Lower-cased, as typed.
     */
    static String typo(String text, Random random) {
        char[] chars = text.toLowerCase(Locale.ROOT).toCharArray();
        List<Integer> letters = new ArrayList<>();
        for (int i = 1; i < chars.length; i++) {
            if (Character.isLetter(chars[i])) {
                letters.add(i);
            }
        }
        if (letters.isEmpty()) {
            return new String(chars);
        }
        int at = letters.get(random.nextInt(letters.size()));
        StringBuilder result = new StringBuilder(new String(chars));
        switch (random.nextInt(4)) {
            case 0 -> result.setCharAt(at, neighbourKey(chars[at], random));
            case 1 -> result.deleteCharAt(at);
            case 2 -> {
                if (at + 1 < chars.length && Character.isLetter(chars[at + 1]) && chars[at + 1] != chars[at]) {
                    result.setCharAt(at, chars[at + 1]);
                    result.setCharAt(at + 1, chars[at]);
                } else {
                    result.deleteCharAt(at);
                }
            }
            default -> result.insert(at, chars[at]);
        }
        return result.toString();
    }

    private static char neighbourKey(char letter, Random random) {
        for (String row : KEYBOARD_ROWS) {
            int index = row.indexOf(letter);
            if (index >= 0) {
                if (index == 0) {
                    return row.charAt(1);
                }
                if (index == row.length() - 1) {
                    return row.charAt(index - 1);
                }
                return row.charAt(random.nextBoolean() ? index - 1 : index + 1);
            }
        }
        return letter == 'a' ? 'e' : 'a';
    }

    private static String param(String name, Object value) {
        // %20 rather than URLEncoder's '+': unambiguous in a query string whatever the server's decoder.
        return name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
    }
}

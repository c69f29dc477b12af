package id.sinergi.liaison.service;

import io.quarkus.panache.common.Parameters;

import java.util.Map;

/** A list's JPQL conditions, each added only when its value was given. */
public final class Filter {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Parameters parameters = new Parameters();

    public Filter and(String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.and(name, value);
        }
        return this;
    }

    /** A condition with several parameters, added when {@code condition} holds. */
    public Filter andIf(boolean condition, String clause, Map<String, Object> values) {
        if (condition) {
            where.append(" and ").append(clause);
            values.forEach(parameters::and);
        }
        return this;
    }

    /**
     * Free-text search: each word of {@code text} must occur, case-insensitively, in one of the
     * {@code fields} (JPQL string paths).
     */
    public Filter search(String text, String... fields) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String[] words = text.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String name = "q" + i;
            StringBuilder anyField = new StringBuilder("(");
            for (int f = 0; f < fields.length; f++) {
                anyField.append(f == 0 ? "" : " or ").append("locate(:").append(name).append(", lower(coalesce(")
                        .append(fields[f]).append(", ''))) > 0");
            }
            where.append(" and ").append(anyField).append(')');
            parameters.and(name, words[i]);
        }
        return this;
    }

    public String query() {
        return where.toString();
    }

    public Parameters parameters() {
        return parameters;
    }
}

package id.sinergi.platform.paging;

import io.quarkus.panache.common.Parameters;

import java.util.Locale;
import java.util.Map;

/**
 * The optional filters of a list as one JPQL condition with named parameters: each condition is
 * added only when its value was given, so a filter left out selects everything. For Panache's
 * {@code find(filter.query(), sort, filter.parameters())} and {@code count(…)}.
 *
 * <pre>{@code
 * Filter filter = new Filter().equal("state", state).and("dueOn < :today", "today", overdue ? today : null)
 *         .search(q, "title", "notes");
 * }</pre>
 */
public final class Filter {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Parameters parameters = new Parameters();

    /** {@code field = :field} when the value is given. */
    public Filter equal(String field, Object value) {
        return and(field + " = :" + field, field, value);
    }

    /** {@code clause} with its one parameter {@code name}, when the value is given. */
    public Filter and(String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.and(name, value);
        }
        return this;
    }

    /** A condition without parameters, added when {@code condition} holds. */
    public Filter andIf(boolean condition, String clause) {
        return andIf(condition, clause, Map.of());
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
     * {@code fields} (JPQL string paths). Nothing is added for a text that is absent or blank.
     */
    public Filter search(String text, String... fields) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
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

    /** The JPQL condition: {@code 1 = 1} and every condition that applies. */
    public String query() {
        return where.toString();
    }

    public Parameters parameters() {
        return parameters;
    }
}

package id.sinergi.platform.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The orders one list can be read in, declared once beside its query: the sort keys clients may
 * name in {@code ?sort=} (each ascending, or descending with a leading {@code -}), the default
 * order, the column {@code ?updatedSince=} filters on, and whether the list offers the sync order
 * {@code ?sort=changes} (see {@link Listing}). The record's id always ends the order, so it is total
 * and a cursor is an exact position.
 *
 * <p>Paths are in the query language of the list: JPQL attribute paths for Panache queries
 * ({@code registerNumber}), column names for native SQL ({@code register_number}).
 *
 * <pre>{@code
 * static final ListOrder<ReArrest> ORDER = ListOrder.byId("id", UUID.class, (ReArrest r) -> r.id)
 *         .key("arrestedOn", "arrestedOn", LocalDate.class, r -> r.arrestedOn)
 *         .updatedAt("updatedAt", OffsetDateTime.class, r -> r.updatedAt)
 *         .changes("changePosition", r -> r.changePosition)
 *         .sortedBy("-arrestedOn");
 * }</pre>
 *
 * @param <T> the entity the list reads
 */
public final class ListOrder<T> {

    /** The sync order: by change position (see docs/decisions/0022), ascending only. */
    public static final String CHANGES = "changes";

    /** The name clients use for the last change of a record. */
    public static final String UPDATED_AT = "updatedAt";

    /**
     * A column of a sort key.
     *
     * @param path     the attribute path or column
     * @param type     the type of its values (also of a cursor's value)
     * @param value    the value of an item, for the cursor after it
     * @param nullable whether items may have no value; those come last in either direction
     */
    public record Column<T>(String path, Class<?> type, Function<T, ?> value, boolean nullable) {
    }

    /**
     * A sort key: one column, or several (a session's date, then its start time).
     *
     * @param name    as clients name it in {@code ?sort=}
     * @param columns its columns, in order
     */
    public record Key<T>(String name, List<Column<T>> columns) {

        List<Class<?>> types() {
            return columns.stream().<Class<?>>map(Column::type).toList();
        }
    }

    /** A column that is never null, for a sort key of several columns. */
    public static <T> Column<T> column(String path, Class<?> type, Function<T, ?> value) {
        return new Column<>(path, type, value, false);
    }

    /** A column that may be null, for a sort key of several columns. */
    public static <T> Column<T> nullableColumn(String path, Class<?> type, Function<T, ?> value) {
        return new Column<>(path, type, value, true);
    }

    private final Column<T> id;
    private final Map<String, Key<T>> keys = new LinkedHashMap<>();
    private Column<T> updatedAt;
    private Key<T> changes;
    private String defaultSort;

    private ListOrder(Column<T> id) {
        this.id = id;
    }

    /** A list whose records have ids at {@code path}, of {@code type} (UUID, Long). */
    public static <T> ListOrder<T> byId(String path, Class<?> type, Function<T, ?> value) {
        return new ListOrder<>(column(path, type, value));
    }

    /** A sort key whose column is never null. */
    public ListOrder<T> key(String name, String path, Class<?> type, Function<T, ?> value) {
        return key(name, List.of(column(path, type, value)));
    }

    /** A sort key whose column may be null; items without a value come last in either direction. */
    public ListOrder<T> nullableKey(String name, String path, Class<?> type, Function<T, ?> value) {
        return key(name, List.of(nullableColumn(path, type, value)));
    }

    /** A sort key of several columns, in order. */
    public ListOrder<T> key(String name, List<Column<T>> columns) {
        keys.put(name, new Key<>(name, List.copyOf(columns)));
        return this;
    }

    /** The record's last change: the {@code updatedAt} sort key and the {@code ?updatedSince=} filter. */
    public ListOrder<T> updatedAt(String path, Class<?> type, Function<T, ?> value) {
        updatedAt = column(path, type, value);
        keys.put(UPDATED_AT, new Key<>(UPDATED_AT, List.of(updatedAt)));
        return this;
    }

    /** The sync order {@code ?sort=changes} over the change position column at {@code path}. */
    public ListOrder<T> changes(String path, Function<T, Long> value) {
        changes = new Key<>(CHANGES, List.of(column(path, Long.class, value)));
        return this;
    }

    /** The order when the request names none, as {@code ?sort=} would say it. */
    public ListOrder<T> sortedBy(String sort) {
        if (key(sort) == null) {
            throw new IllegalArgumentException("the default order " + sort + " is not one of " + sortValues());
        }
        defaultSort = sort;
        return this;
    }

    /** A request for this list in its default order: validated (400 naming the parameter). */
    public Listing<T> read(PageRequest request) {
        return read(request, defaultSort);
    }

    /** A request for this list, in {@code defaultSort} when it names no order. */
    public Listing<T> read(PageRequest request, String defaultSort) {
        return Listing.of(this, request, defaultSort);
    }

    /** Every value {@code ?sort=} takes, as the OpenAPI documents list them. */
    public List<String> sortValues() {
        List<String> values = new ArrayList<>();
        keys.keySet().forEach(name -> {
            values.add(name);
            values.add("-" + name);
        });
        if (changes != null) {
            values.add(CHANGES);
        }
        return values;
    }

    /** The key a sort value names (without its {@code -}), or null. */
    Key<T> key(String sort) {
        if (sort == null) {
            return null;
        }
        if (sort.equals(CHANGES)) {
            return changes;
        }
        return keys.get(sort.startsWith("-") ? sort.substring(1) : sort);
    }

    Column<T> id() {
        return id;
    }

    Column<T> updatedAt() {
        return updatedAt;
    }
}

package id.sinergi.platform.paging;

import id.sinergi.platform.error.Problems;
import id.sinergi.platform.error.QueryParameters;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * One validated request for a list ({@link PageRequest}) in one of its orders ({@link ListOrder}):
 * the order, the position after a cursor, {@code updatedSince}; and the reading of the page, by
 * page number or by keyset after the cursor. One implementation for every list, whether its query
 * is over an entity ({@link #read(Filter, Class)}) or native SQL ({@link #sqlFilter},
 * {@link #sqlAfterCursor}, {@link #sqlOrderBy}, {@link #read(LongSupplier, BiFunction)}).
 *
 * <p>A page reads one item more than it shows: when that item exists, the page has a {@code next}
 * link (added by {@link NextLinks}), a cursor after its last item.
 *
 * <p>The sync order {@code changes} reads records by their change position (the id of the
 * transaction that last wrote them, set by a trigger) and only positions below the oldest
 * transaction still running: a record written by a transaction that has not committed yet comes
 * later, after the records it could otherwise be overtaken by, so a client following the cursor
 * misses no change (docs/decisions/0022).
 */
public final class Listing<T> {

    private static final String CURRENT_SNAPSHOT_XMIN = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    private final ListOrder<T> order;
    private final String sort;
    private final ListOrder.Key<T> key;
    private final boolean descending;
    private final Cursor after;
    private final Object updatedSince;
    private final int page;
    private final int size;

    private Listing(ListOrder<T> order, String sort, ListOrder.Key<T> key, Cursor after, Object updatedSince, int page, int size) {
        this.order = order;
        this.sort = sort;
        this.key = key;
        this.descending = sort.startsWith("-");
        this.after = after;
        this.updatedSince = updatedSince;
        this.page = page;
        this.size = size;
    }

    static <T> Listing<T> of(ListOrder<T> order, PageRequest request, String defaultSort) {
        String sort = request.sort != null ? request.sort : request.cursor != null ? Cursor.sortOf(request.cursor) : defaultSort;
        ListOrder.Key<T> key = order.key(sort);
        if (key == null) {
            if (request.sort != null) {
                throw QueryParameters.invalid(PageRequest.SORT, sort, "one-of", String.join(", ", order.sortValues()));
            }
            return Cursor.garbled();
        }
        Cursor after = null;
        if (request.cursor != null) {
            after = Cursor.decode(request.cursor, key.types(), order.id().type());
            if (!after.sort().equals(sort)) {
                throw Problems.invalidQueryParameter(Cursor.PARAMETER, "cursor-of-another-order", after.sort(), sort);
            }
            if (request.page != 0) {
                throw Problems.invalidQueryParameter(PageRequest.PAGE, "page-with-cursor");
            }
        }
        Object updatedSince = null;
        if (request.updatedSince != null) {
            if (order.updatedAt() == null) {
                throw Problems.invalidQueryParameter(PageRequest.UPDATED_SINCE, "not-offered");
            }
            OffsetDateTime since = QueryParameters.dateTime(PageRequest.UPDATED_SINCE, request.updatedSince);
            updatedSince = order.updatedAt().type() == Instant.class ? since.toInstant() : since;
        }
        return new Listing<>(order, sort, key, after, updatedSince, request.page, request.size);
    }

    // --- Panache --------------------------------------------------------------------------------

    /**
     * The page of an entity's list: {@code filter} with {@code updatedSince} counted first (the
     * whole list, whatever the cursor), then the items after the cursor (or on the page asked for)
     * read in order. The filter's conditions name the entity's attributes, as in Panache's
     * {@code find}.
     */
    public Page<T> read(Filter filter, Class<T> entity) {
        if (updatedSince != null) {
            filter.and(order.updatedAt().path() + " >= :updatedSince", "updatedSince", updatedSince);
        }
        EntityManager entityManager = Panache.getEntityManager(entity);
        String from = " FROM " + entityManager.getMetamodel().entity(entity).getName() + " WHERE ";
        return read(() -> bind(entityManager.createQuery("SELECT count(*)" + from + filter.query(), Long.class), filter).getSingleResult(),
                (offset, limit) -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    List<String> conditions = afterCursor(value -> {
                        String name = "position" + values.size();
                        values.put(name, value);
                        return ":" + name;
                    });
                    filter.andIf(!conditions.isEmpty(), String.join(" and ", conditions), values);
                    return bind(entityManager.createQuery(from.substring(1) + filter.query() + orderBy(), entity), filter)
                            .setFirstResult(offset).setMaxResults(limit).getResultList();
                });
    }

    private static <Q extends TypedQuery<?>> Q bind(Q query, Filter filter) {
        filter.parameters().map().forEach(query::setParameter);
        return query;
    }

    // --- native SQL -----------------------------------------------------------------------------

    /** The {@code updatedSince} condition ({@code AND …}, or empty), its parameter added as {@code ?n}. */
    public String sqlFilter(List<Object> parameters) {
        if (updatedSince == null) {
            return "";
        }
        parameters.add(updatedSince);
        return " AND " + order.updatedAt().path() + " >= ?" + parameters.size();
    }

    /** The conditions of the items after the cursor ({@code AND …}, or empty), for the items' query only. */
    public String sqlAfterCursor(List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        for (String condition : afterCursor(value -> {
            parameters.add(value);
            return "?" + parameters.size();
        })) {
            sql.append(" AND ").append(condition);
        }
        return sql.toString();
    }

    /** The same, for a native query with named parameters: each added to {@code named} as {@code :positionN}. */
    public String sqlAfterCursor(Map<String, Object> named) {
        StringBuilder sql = new StringBuilder();
        for (String condition : afterCursor(value -> {
            String name = "position" + named.size();
            named.put(name, value);
            return ":" + name;
        })) {
            sql.append(" AND ").append(condition);
        }
        return sql.toString();
    }

    /** {@code ORDER BY …} for a native query, the id last. */
    public String sqlOrderBy() {
        return orderBy();
    }

    /** {@code ORDER BY …}, the same in JPQL and SQL: each column (values-less last), then the id. */
    private String orderBy() {
        String direction = descending ? " DESC" : " ASC";
        StringBuilder orderBy = new StringBuilder(" ORDER BY ");
        for (ListOrder.Column<T> column : key.columns()) {
            orderBy.append(column.path()).append(direction).append(column.nullable() ? " NULLS LAST" : "").append(", ");
        }
        return orderBy.append(order.id().path()).append(direction).toString();
    }

    /**
     * The page of a native query: {@code count} first, then {@code items(offset, limit)} with
     * {@link #sqlAfterCursor} and {@link #sqlOrderBy} applied.
     */
    public Page<T> read(LongSupplier count, BiFunction<Integer, Integer, List<T>> items) {
        long counted = count.getAsLong();
        int offset = after == null ? page * size : 0;
        // One more than the page shows, to know whether another follows (unless the page is everything).
        List<T> read = items.apply(offset, size == Integer.MAX_VALUE ? size : size + 1);
        boolean more = read.size() > size;
        List<T> shown = more ? read.subList(0, size) : read;
        long total = shown.isEmpty() ? counted : Math.max(counted, (long) offset + shown.size());
        String cursor = shown.isEmpty() ? (after == null ? null : after.encode()) : cursorAfter(shown.get(shown.size() - 1)).encode();
        return new Page<>(List.copyOf(shown), after == null ? page : 0, size, total, null, cursor, more);
    }

    private Cursor cursorAfter(T item) {
        List<Object> values = new ArrayList<>();
        key.columns().forEach(column -> values.add(column.value().apply(item)));
        return new Cursor(sort, values, order.id().value().apply(item));
    }

    // --- the conditions -------------------------------------------------------------------------

    /** Binds a value as a query parameter and answers its placeholder. */
    @FunctionalInterface
    private interface Binder {
        String bind(Object value);
    }

    /**
     * The keyset after the cursor: {@code (c1, …, cn, id) > (v1, …, vn, id)} in the order's
     * direction, items without a value last in each column; and, in the sync order, positions below
     * the oldest running transaction.
     */
    private List<String> afterCursor(Binder binder) {
        List<String> conditions = new ArrayList<>();
        if (key.name().equals(ListOrder.CHANGES)) {
            conditions.add(key.columns().get(0).path() + " < " + binder.bind(snapshotXmin()));
        }
        if (after == null) {
            return conditions;
        }
        String beyond = descending ? " < " : " > ";
        // Lexicographic: the first k columns equal and the next one beyond, for each k.
        List<String> alternatives = new ArrayList<>();
        List<String> equalSoFar = new ArrayList<>();
        for (int i = 0; i < key.columns().size(); i++) {
            ListOrder.Column<T> column = key.columns().get(i);
            Object value = after.values().get(i);
            if (value != null) {
                String placeholder = binder.bind(value);
                String beyondValue = column.path() + beyond + placeholder + (column.nullable() ? " or " + column.path() + " is null" : "");
                alternatives.add(all(equalSoFar, "(" + beyondValue + ")"));
                equalSoFar.add(column.path() + " = " + placeholder);
            } else {
                // Nothing comes after no value in this column (those come last): only equal ones go on.
                equalSoFar.add(column.path() + " is null");
            }
        }
        alternatives.add(all(equalSoFar, order.id().path() + beyond + binder.bind(after.id())));
        conditions.add("(" + String.join(" or ", alternatives) + ")");
        return conditions;
    }

    private static String all(List<String> equal, String last) {
        List<String> parts = new ArrayList<>(equal);
        parts.add(last);
        return parts.size() == 1 ? last : "(" + String.join(" and ", parts) + ")";
    }

    /**
     * The oldest transaction id still running (or the next to start): every transaction below it
     * has ended, so every position below it that will ever be visible is visible now. Read in a
     * statement of its own before the items: a later statement sees at least as much.
     */
    private static Long snapshotXmin() {
        return ((Number) Panache.getEntityManager().createNativeQuery(CURRENT_SNAPSHOT_XMIN).getSingleResult()).longValue();
    }
}

package id.sinergi.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** One page of a list, with the total so clients know how many pages there are. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** A page of a Panache query's results (see {@link #counted}). */
    public static <T> Page<T> of(PanacheQuery<T> query, int page, int size) {
        return counted(page, size, query::count, () -> query.page(page, size).list());
    }

    /**
     * A page whose total is counted before its items are read. Each statement sees the rows
     * committed before it, so a row committed in between is then in the items and not only in the
     * total; counted after, it was, and a page answered {@code total: 1} with no items to a client
     * that had waited for the total. The total is never below what the page itself shows (a page
     * past the end shows nothing and keeps the count).
     */
    public static <T> Page<T> counted(int page, int size, LongSupplier total, Supplier<List<T>> items) {
        long counted = total.getAsLong();
        List<T> read = items.get();
        return new Page<>(read, page, size, read.isEmpty() ? counted : Math.max(counted, (long) page * size + read.size()));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}

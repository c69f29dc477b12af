package id.sinergi.platform.paging;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One page of a list, with the total so clients know how many pages there are, and for lists read
 * through a {@link Listing}: the cursor after the page and, when more items follow, the link to
 * them ({@code next}, written by {@link NextLinks} from the request).
 *
 * @param more whether items follow this page; {@link NextLinks} turns it into {@code next}
 */
public record Page<T>(List<T> items, int page, int size, long total,
                      @Schema(description = "The next page (a relative URL with the same filters, order and size, and the cursor "
                              + "after this page); null on the last page.") String next,
                      @Schema(description = "The position after this page's last item: pass it as `cursor` to read on from here, "
                              + "now or later (in `sort=changes`, to fetch what changed since).") String cursor,
                      @JsonIgnore @Schema(hidden = true) boolean more) {

    /** A page without a cursor: a list that is not read through a {@link Listing}. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null, null, false);
    }

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
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, next, cursor, more);
    }

    /** The same page of other items: the page's items read further (their details), in the same order. */
    public <R> Page<R> withItems(List<R> others) {
        return new Page<>(others, page, size, total, next, cursor, more);
    }

    /** This page with its {@code next} link. */
    public Page<T> withNext(String link) {
        return new Page<>(items, page, size, total, link, cursor, more);
    }
}

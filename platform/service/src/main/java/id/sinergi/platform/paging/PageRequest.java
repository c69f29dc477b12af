package id.sinergi.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * How to read a list: {@code ?page=0&size=20} (size 1–100), and for clients that keep a copy,
 * {@code sort}, {@code updatedSince} and {@code cursor}. Each list says which sort values it takes
 * ({@link ListOrder}) and documents them on its operation; {@link ListOrder#read} validates the
 * rest.
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;
    public static final String PAGE = "page";
    public static final String SORT = "sort";
    public static final String UPDATED_SINCE = "updatedSince";

    @QueryParam(PAGE)
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Page number, from 0. Leave it out with `cursor`.", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 100.", example = "20")
    public int size;

    /**
     * Documented by each list's operation (a {@code @Parameter(name = "sort")} with the values it takes):
     * a description here as well would compete with it, and which one the OpenAPI document shows
     * differs between builds.
     */
    @QueryParam(SORT)
    public String sort;

    @QueryParam(UPDATED_SINCE)
    @Parameter(description = "Only records changed at or after this instant (RFC 3339 with an offset): for a first, narrowed read "
            + "of a copy. To keep a copy current, keep the last `cursor` of `sort=changes` instead.",
            example = "2026-11-01T00:00:00Z", schema = @Schema(format = "date-time"))
    public String updatedSince;

    @QueryParam(Cursor.PARAMETER)
    @Size(max = Cursor.MAX_LENGTH)
    @Parameter(description = "Read on after this position: the `cursor` (or the `next` link) of an earlier page, unchanged. "
            + "It keeps the order it was made in; leave `page` out.", example = "MQpjaGFuZ2VzCjNmMmM0YjZlLTJhYjctNGQ5Zi05ZmQwLTJkMmMyMmM3OGIzMAorNzQ1")
    public String cursor;

    /** Page {@code page} of {@code size} in the list's default order: for a service's own reads of a list (counts, all of it). */
    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public int offset() {
        return page * size;
    }
}

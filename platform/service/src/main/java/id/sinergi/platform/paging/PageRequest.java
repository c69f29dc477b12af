package id.sinergi.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?page=0&size=20}: which page of a list, validated (size 1–100). */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Page number, from 0.", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 100.", example = "20")
    public int size;

    public int offset() {
        return page * size;
    }
}

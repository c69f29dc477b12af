package id.sinergi.platform.error;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An error answered as RFC 9457 problem+json: status, a stable {@code type} URI, title, detail and
 * any further members (such as {@code field}, {@code state} or {@code allowedActions}), plus the
 * headers that go with it. Thrown anywhere (a service, the state-machine engine, a filter); the
 * platform's service module writes it out for the services, the gateway for itself. It knows no
 * HTTP framework, so platform core can raise it.
 *
 * <p>Build one with {@link Problems}, which holds the catalogue of types.
 */
public class Problem extends RuntimeException {

    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance");

    private final int statusCode;
    private final URI type;
    private final String title;
    private final String detail;
    private final Map<String, Object> parameters;
    private final Map<String, Object> headers;

    protected Problem(Builder builder) {
        // An answer, not a fault: no stack trace to fill in (the gateway makes one per refused request).
        super(builder.title + (builder.detail == null ? "" : ": " + builder.detail), null, false, false);
        this.statusCode = builder.statusCode;
        this.type = builder.type;
        this.title = builder.title;
        this.detail = builder.detail;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.parameters));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    }

    public static Builder builder() {
        return new Builder();
    }

    public int getStatusCode() {
        return statusCode;
    }

    public URI getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    /** The members beyond type, title, status and detail, in the order they were added. */
    public Map<String, Object> getParameters() {
        return parameters;
    }

    public Map<String, Object> getHeaders() {
        return headers;
    }

    public static final class Builder {
        private int statusCode = 500;
        private URI type;
        private String title;
        private String detail;
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final Map<String, Object> headers = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder withStatus(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        public Builder withType(URI type) {
            this.type = type;
            return this;
        }

        public Builder withTitle(String title) {
            this.title = title;
            return this;
        }

        public Builder withDetail(String detail) {
            this.detail = detail;
            return this;
        }

        /** A further member of the problem; the five of RFC 9457 have their own methods. */
        public Builder with(String name, Object value) {
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is a member every problem has; set it with its own method");
            }
            parameters.put(name, value);
            return this;
        }

        public Builder withHeader(String name, Object value) {
            headers.put(name, value);
            return this;
        }

        public Problem build() {
            return new Problem(this);
        }
    }
}

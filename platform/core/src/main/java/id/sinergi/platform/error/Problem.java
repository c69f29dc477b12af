package id.sinergi.platform.error;

import id.sinergi.platform.text.Part;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An error answered as RFC 9457 problem+json: status, a stable {@code type} URI, title, detail and
 * any further members (such as {@code field}, {@code state} or {@code allowedActions}), plus the
 * headers that go with it. Thrown anywhere (a service, the state-machine engine, a filter); the
 * platform's service module writes it out for the services, the gateway for itself. It knows no
 * HTTP framework, so platform core can raise it.
 *
 * <p>It holds no text of its own, only the keys of its title and detail in the message bundles
 * and the values for the detail's placeholders: the text is chosen in the language of the request
 * when the answer is written ({@link #getTitle(Locale)}, {@link #getDetail(Locale)}; see
 * {@link ProblemTexts}). Build one with {@link Problems}, which holds the catalogue of types.
 */
public class Problem extends RuntimeException {

    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance");

    private final int statusCode;
    private final URI type;
    private final String texts;
    private final String detailKey;
    private final List<Object> arguments;
    private final Map<String, Object> parameters;
    private final Map<String, Object> headers;

    protected Problem(Builder builder) {
        // An answer, not a fault: no stack trace to fill in (the gateway makes one per refused request).
        super(null, null, false, false);
        this.statusCode = builder.statusCode;
        this.type = builder.type;
        this.texts = builder.texts;
        this.detailKey = builder.detailKey;
        this.arguments = List.copyOf(builder.arguments);
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.parameters));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Title and detail in English, for logs. */
    @Override
    public String getMessage() {
        String detail = getDetail();
        return getTitle() + (detail == null ? "" : ": " + detail);
    }

    public int getStatusCode() {
        return statusCode;
    }

    public URI getType() {
        return type;
    }

    /** The title in English. */
    public String getTitle() {
        return getTitle(ProblemTexts.ENGLISH);
    }

    public String getTitle(Locale language) {
        return ProblemTexts.title(texts, language);
    }

    /** The detail in English; null when the problem has none. */
    public String getDetail() {
        return getDetail(ProblemTexts.ENGLISH);
    }

    /**
     * The detail in {@code language}; null when the problem has none. A throw site whose detail has
     * no template in the bundles yet (it passes its English text as its one value) is answered with
     * that text in every language; each module's completeness test lists such sites.
     */
    public String getDetail(Locale language) {
        if (detailKey == null) {
            return null;
        }
        if (ProblemTexts.find(detailKey, ProblemTexts.ENGLISH).isEmpty()) {
            return String.join("", arguments.stream().map(String::valueOf).toList());
        }
        return ProblemTexts.text(detailKey, arguments, language);
    }

    /** The key of the detail's template in the bundles, such as {@code not-found.detail.inmate}; null when none. */
    public String getDetailKey() {
        return detailKey;
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
        private String texts;
        private String detailKey;
        private final List<Object> arguments = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final Map<String, Object> headers = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder withStatus(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /** The type (its slug under {@link ProblemTypes#BASE}); its texts are the bundles' {@code <slug>.…}. */
        public Builder withType(String slug) {
            this.type = ProblemTypes.uri(slug);
            this.texts = slug;
            return this;
        }

        /**
         * The bundles' texts under another prefix than the type's slug: for types made up at run time
         * ({@code http-<status>}) that share the texts of a family.
         */
        public Builder withTexts(String prefix) {
            this.texts = prefix;
            return this;
        }

        /**
         * The detail: the template {@code <slug>.detail}, or {@code <slug>.detail.<variant>} when
         * {@code variant} is not null, with these values for its placeholders {@code {0}}, {@code {1}} ….
         */
        public Builder withDetail(String variant, Object... values) {
            if (variant != null && variant.chars().anyMatch(Character::isWhitespace)) {
                // Not a variant but an English detail from a throw site that has no texts yet: answered as it is.
                this.detailKey = texts + ".detail.untranslated";
                this.arguments.clear();
                this.arguments.add(variant);
                return this;
            }
            this.detailKey = texts + ".detail" + (variant == null ? "" : "." + variant);
            this.arguments.clear();
            for (Object value : values) {
                this.arguments.add(value instanceof Part || value instanceof List<?> ? value : String.valueOf(value));
            }
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

package id.sinergi.platform.error;

import id.sinergi.platform.text.Part;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The titles and details of problems in the languages Sinergi answers in: English (the default)
 * and Bahasa Indonesia. They come from message bundles keyed by problem type, so a throw site
 * names the type and gives the values, and the text is chosen when the answer is written, in the
 * language the request asked for ({@code Accept-Language}).
 *
 * <p>Two bundles are read, the application's first: {@value #APPLICATION_BUNDLE} at the root of a
 * service's (or the gateway's) resources for its own types, then {@value #PLATFORM_BUNDLE} for the
 * types every service shares. Each has an English file ({@code problems.properties}) and an
 * Indonesian one ({@code problems_id.properties}) with the same keys:
 * <ul>
 *   <li>{@code <slug>.title}: the short, fixed summary of the type;</li>
 *   <li>{@code <slug>.detail}, or {@code <slug>.detail.<variant>} where a type has several
 *       explanations: the detail, with positional placeholders {@code {0}}, {@code {1}} … for the
 *       values of the occurrence.</li>
 * </ul>
 * Placeholders are replaced by the values' text as it is ({@code String.valueOf}): numbers, dates
 * and codes read the same in both languages, and an apostrophe is just an apostrophe (unlike
 * {@link java.text.MessageFormat}, nothing is quoted or formatted).
 */
public final class ProblemTexts {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** The languages answered in, the default first. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, INDONESIAN);

    public static final String APPLICATION_BUNDLE = "problems";
    public static final String PLATFORM_BUNDLE = "id.sinergi.platform.error.problems";

    /**
     * The language tags a request may name, as {@code quarkus.locales} lists them for Bean Validation's
     * messages: the language is chosen from them the way Quarkus chooses the validation messages' (RFC
     * 4647 filtering, in the caller's order of preference), so the violations and the problem around
     * them always speak the same language.
     */
    private static final List<Locale> TAGS = List.of(ENGLISH, Locale.forLanguageTag("en-US"), Locale.forLanguageTag("en-GB"),
            INDONESIAN, Locale.forLanguageTag("id-ID"));

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    /**
     * The language to answer in for an {@code Accept-Language} header: the first of the caller's
     * languages (by q-value) that Sinergi speaks ({@code id}, {@code id-ID}, {@code id;q=0.9, en;q=0.8}
     * are Indonesian), English for anything else, a missing header or one that does not parse.
     */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            List<Locale> spoken = Locale.filter(Locale.LanguageRange.parse(acceptLanguage), TAGS);
            return !spoken.isEmpty() && spoken.get(0).getLanguage().equals(INDONESIAN.getLanguage()) ? INDONESIAN : ENGLISH;
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
    }

    /** The value for {@code Content-Language}. */
    public static String tag(Locale language) {
        return language.toLanguageTag();
    }

    /** The title of a type; for a type no bundle knows, the slug itself (the completeness tests prevent that). */
    public static String title(String slug, Locale language) {
        return find(slug + ".title", language).orElse(slug);
    }

    /** A text of the bundles with its placeholders filled; the key itself when no bundle has it. */
    public static String text(String key, List<?> arguments, Locale language) {
        return find(key, language).map(template -> fill(template, arguments, language)).orElse(key);
    }

    /** The template under {@code key} in {@code language}, falling back to English, the application's bundle first. */
    public static Optional<String> find(String key, Locale language) {
        Optional<String> text = lookup(key, language);
        return text.isPresent() || language.equals(ENGLISH) ? text : lookup(key, ENGLISH);
    }

    private static Optional<String> lookup(String key, Locale language) {
        for (String bundle : List.of(APPLICATION_BUNDLE, PLATFORM_BUNDLE)) {
            Optional<String> text = bundle(bundle, language).filter(b -> b.containsKey(key)).map(b -> b.getString(key));
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /** A bundle in exactly this language or the base (English) file, never the JVM's default locale. */
    public static Optional<ResourceBundle> bundle(String baseName, Locale language) {
        try {
            return Optional.of(ResourceBundle.getBundle(baseName, language, ProblemTexts.class.getClassLoader(), NO_FALLBACK));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static String valueOf(Object value, Locale language) {
        if (value instanceof Part part) {
            return text(part.key(), part.values(), language);
        }
        if (value instanceof List<?> parts && !parts.isEmpty() && parts.stream().allMatch(Part.class::isInstance)) {
            return String.join("; ", parts.stream().map(part -> valueOf(part, language)).toList());
        }
        return String.valueOf(value);
    }

    static String fill(String template, List<?> arguments) {
        return fill(template, arguments, ENGLISH);
    }

    static String fill(String template, List<?> arguments, Locale language) {
        StringBuilder text = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(template, i + 1, close)) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                text.append(index < arguments.size() ? valueOf(arguments.get(index), language) : template.substring(i, close + 1));
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString();
    }

    private static boolean isIndex(String template, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(template.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }
}

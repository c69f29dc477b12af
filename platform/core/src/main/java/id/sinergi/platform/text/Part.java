package id.sinergi.platform.text;

import java.util.Arrays;
import java.util.List;

/**
 * Wording kept in the message bundles by key, with its values (which may be parts themselves),
 * written in the reader's language only when it is shown: a refusal's reasons, a rule table's row
 * as a registrar reads it. The domain words its rules with parts and stays free of HTTP and of the
 * problems that carry them; a list of parts is joined with "; " (ProblemTexts).
 */
public record Part(String key, List<Object> values) {

    public static Part of(String key, Object... values) {
        return new Part(key, Arrays.stream(values).map(v -> v instanceof Part ? v : (Object) String.valueOf(v)).toList());
    }
}

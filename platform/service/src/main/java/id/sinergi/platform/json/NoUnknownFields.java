package id.sinergi.platform.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A body whose unknown fields are bad input (400 {@code invalid-json-value} naming the field)
 * rather than ignored. For search criteria: a misspelt filter ({@code "nmae"}) ignored would widen
 * a search to the whole register without the caller noticing. See {@link StrictJson}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoUnknownFields {
}

package id.sinergi.platform.error;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses query parameters that resources take as text. JAX-RS answers 404 when it cannot convert
 * a query parameter itself; a filter value that is not a date or not one of an enumeration's
 * values is bad input, so it gets a 400 that names the parameter.
 */
public final class QueryParameters {

    /**
     * RFC 3339's year has four digits; Java also reads {@code +999999999-12-31}, which no column of
     * the services can hold (PostgreSQL's dates end in year 294276), so it is refused here as in a body.
     */
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-");

    private QueryParameters() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(fourDigitYear(value));
        } catch (DateTimeParseException e) {
            throw invalid(name, value, "date");
        }
    }

    public static OffsetDateTime dateTime(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(fourDigitYear(value));
        } catch (DateTimeParseException e) {
            throw invalid(name, value, "date-time");
        }
    }

    /** {@code value} if it starts with a year of four digits; a DateTimeParseException otherwise. */
    public static String fourDigitYear(String value) {
        if (!FOUR_DIGIT_YEAR.matcher(value).lookingAt()) {
            throw new DateTimeParseException("the year must have four digits", value, 0);
        }
        return value;
    }

    public static UUID uuid(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, value, "uuid");
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, value, "one-of", Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** {@code true} or {@code false}; JAX-RS would read any other text as false. */
    public static Boolean flag(String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(name, value, "flag");
        };
    }

    /**
     * The parameter {@code name} has a {@code value} it cannot take: the detail is
     * {@code invalid-query-parameter.detail.<variant>}, with the name as {@code {0}}, the value as
     * {@code {1}} and {@code values} (what it may be) from {@code {2}} on.
     */
    public static RuntimeException invalid(String name, String value, String variant, Object... values) {
        if (variant.chars().anyMatch(Character::isWhitespace)) {
            // What the value should be, in English, from a throw site that has no texts yet.
            return Problems.invalidQueryParameter(name, "query parameter '" + name + "' is '" + value + "', which is not " + variant);
        }
        Object[] all = new Object[values.length + 1];
        all[0] = value;
        System.arraycopy(values, 0, all, 1, values.length);
        return Problems.invalidQueryParameter(name, variant, all);
    }
}

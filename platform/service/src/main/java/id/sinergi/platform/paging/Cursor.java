package id.sinergi.platform.paging;

import id.sinergi.platform.error.Problems;
import id.sinergi.platform.error.QueryParameters;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A position in a list: the order it was read in and the sort values and id of the last item read.
 * Clients see it as an opaque, URL-safe token ({@code ?cursor=…}); it holds nothing they could not
 * read in the items themselves. A token that does not decode to a position of the list's order is
 * 400 {@code invalid-query-parameter} naming {@code cursor}, never a server error.
 *
 * @param sort   the order, as the {@code sort} parameter says it ({@code -updatedAt}, {@code changes})
 * @param values the last item's sort values, one per column of the order ({@code null} where it had none)
 * @param id     the last item's id
 */
public record Cursor(String sort, List<Object> values, Object id) {

    public static final String PARAMETER = "cursor";

    /** Longer than any position of ours; a longer token is not one. */
    static final int MAX_LENGTH = 1_000;

    private static final String VERSION = "1";
    private static final String SEPARATOR = "\n";
    private static final String NONE = "-";
    private static final String SOME = "+";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /**
     * The token: base64url (no padding) of lines: version, order, id, then each value, {@code -} for
     * none or {@code +} and the value (URL-encoded, so a value holds no line break).
     */
    public String encode() {
        StringBuilder text = new StringBuilder(VERSION).append(SEPARATOR).append(sort).append(SEPARATOR).append(id);
        for (Object value : values) {
            text.append(SEPARATOR).append(value == null ? NONE : SOME + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return ENCODER.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The order a token was made in, so a request without {@code sort} continues in it. */
    public static String sortOf(String token) {
        return lines(token)[1];
    }

    /**
     * Reads a token made by {@link #encode()} for a list whose sort columns have {@code valueTypes}
     * and whose ids have {@code idType}.
     */
    public static Cursor decode(String token, List<Class<?>> valueTypes, Class<?> idType) {
        String[] lines = lines(token);
        if (lines.length != 3 + valueTypes.size()) {
            return garbled();
        }
        Object id = parse(idType, lines[2]);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < valueTypes.size(); i++) {
            String line = lines[3 + i];
            if (line.equals(NONE)) {
                values.add(null);
            } else if (line.startsWith(SOME)) {
                values.add(parse(valueTypes.get(i), decodeValue(line.substring(SOME.length()))));
            } else {
                return garbled();
            }
        }
        return new Cursor(lines[1], values, id);
    }

    private static String[] lines(String token) {
        if (token.length() > MAX_LENGTH) {
            return garbled();
        }
        String text;
        try {
            text = new String(DECODER.decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return garbled();
        }
        String[] lines = text.split(SEPARATOR, -1);
        if (lines.length < 3 || !lines[0].equals(VERSION) || lines[1].isEmpty()) {
            return garbled();
        }
        return lines;
    }

    private static String decodeValue(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return garbled();
        }
    }

    static Object parse(Class<?> type, String text) {
        try {
            if (type == String.class) {
                return text;
            } else if (type == UUID.class) {
                return UUID.fromString(text);
            } else if (type == Long.class) {
                return Long.valueOf(text);
            } else if (type == Integer.class) {
                return Integer.valueOf(text);
            } else if (type == LocalDate.class) {
                return LocalDate.parse(QueryParameters.fourDigitYear(text));
            } else if (type == LocalTime.class) {
                return LocalTime.parse(text);
            } else if (type == OffsetDateTime.class) {
                return OffsetDateTime.parse(QueryParameters.fourDigitYear(text));
            } else if (type == Instant.class) {
                return Instant.parse(QueryParameters.fourDigitYear(text));
            } else if (type.isEnum()) {
                return enumValue(type, text);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return garbled();
        }
        throw new IllegalStateException("no cursor values of " + type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String text) {
        return Enum.valueOf((Class) type, text);
    }

    static <T> T garbled() {
        throw Problems.invalidQueryParameter(PARAMETER, "cursor");
    }
}

package id.sinergi.platform.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.sinergi.platform.error.Problem;
import id.sinergi.platform.error.ProblemTypes;
import id.sinergi.platform.error.Problems;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A body that is not the JSON the operation expects answers 400 problem+json that says where and
 * what: the field, the value and, for enumerations, the values allowed. Never the raw parser
 * message, which can echo internal class names.
 */
@jakarta.inject.Singleton
public class JsonProblemMapper {

    /** Registered for the most specific type too, since Quarkus has its own mapper for it. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e) {
        return invalidJson(e);
    }

    /**
     * resteasy-problem maps this type itself at priority 999 and echoes the parser's message (class
     * names included); a mapper for the same type wins only with a lower number.
     */
    @ServerExceptionMapper(priority = 900)
    public Response invalidFormat(InvalidFormatException e) {
        return invalidJson(e);
    }

    /** resteasy-problem maps this type itself too (type {@code http-400}), like InvalidFormatException. */
    @ServerExceptionMapper(priority = 900)
    public Response unknownField(UnrecognizedPropertyException e) {
        return invalidJson(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response invalidJson(JsonProcessingException e) {
        Problem.Builder problem;
        if (e instanceof JsonParseException) {
            problem = Problems.problem(400, ProblemTypes.MALFORMED_JSON, "Bad Request", "the body is not valid JSON" + at(e.getLocation()));
        } else if (isTrailingContent(e)) {
            problem = Problems.problem(400, ProblemTypes.MALFORMED_JSON, "Bad Request",
                    "the body is not valid JSON: more follows the end of its value" + at(e.getLocation()));
        } else {
            String field = e instanceof JsonMappingException mapping ? field(mapping) : "";
            problem = Problems.problem(400, ProblemTypes.INVALID_JSON_VALUE, "Bad Request", describe(e, field));
            if (!field.isEmpty()) {
                problem.with("field", field);
            }
        }
        return ProblemMapper.response(problem.build());
    }

    /** A second value after the body's (FAIL_ON_TRAILING_TOKENS, see StrictJson): one body is one JSON value. */
    private static boolean isTrailingContent(JsonProcessingException e) {
        return e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token");
    }

    private static String describe(JsonProcessingException e, String field) {
        String where = field.isEmpty() ? "the body" : "field '" + field + "'";
        if (e instanceof UnrecognizedPropertyException unknown) {
            return where + " is not a field of this body; its fields are " + unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return where + " has the value '" + invalid.getValue() + "', which is not one of: " + allowed;
        }
        if (e instanceof InvalidFormatException invalid) {
            return where + " has the value '" + invalid.getValue() + "', which is not a valid "
                    + simpleName(invalid.getTargetType());
        }
        if (e instanceof JsonMappingException mapping && mapping.getPath().isEmpty()) {
            return "the body does not have the expected shape" + at(e.getLocation());
        }
        return where + " has a value of the wrong type" + at(e.getLocation());
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "OffsetDateTime", "Instant" -> "date-time (RFC 3339)";
            case "UUID" -> "UUID";
            default -> type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}

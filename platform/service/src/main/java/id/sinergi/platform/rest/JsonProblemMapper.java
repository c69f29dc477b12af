package id.sinergi.platform.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.sinergi.platform.error.Problem;
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
        JsonLocation where = e.getLocation();
        boolean located = located(e);
        Problem problem;
        if (e instanceof JsonParseException) {
            problem = (located ? Problems.problem(400, "malformed-json.at", where.getLineNr(), where.getColumnNr())
                    : Problems.problem(400, "malformed-json")).build();
        } else if (isTrailingContent(e)) {
            problem = (located ? Problems.problem(400, "malformed-json.trailing-at", where.getLineNr(), where.getColumnNr())
                    : Problems.problem(400, "malformed-json.trailing")).build();
        } else {
            String field = e instanceof JsonMappingException mapping ? field(mapping) : "";
            problem = describe(e, field);
        }
        return ProblemMapper.response(problem);
    }

    /** A second value after the body's (FAIL_ON_TRAILING_TOKENS, see StrictJson): one body is one JSON value. */
    private static boolean isTrailingContent(JsonProcessingException e) {
        return e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token");
    }

    /**
     * What is wrong with the value of {@code field} ({@code ...-body} variants: the body as a whole),
     * as {@code invalid-json-value} naming the field.
     */
    private static Problem describe(JsonProcessingException e, String field) {
        boolean body = field.isEmpty();
        Problem.Builder problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            problem = Problems.problem(400, "invalid-json-value.unknown-field", field, known);
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            problem = body ? Problems.problem(400, "invalid-json-value.enum-body", invalid.getValue(), allowed)
                    : Problems.problem(400, "invalid-json-value.enum", field, invalid.getValue(), allowed);
        } else if (e instanceof InvalidFormatException invalid) {
            String kind = kind(invalid.getTargetType());
            problem = switch (kind) {
                case "date" -> body ? Problems.problem(400, "invalid-json-value.date-body", invalid.getValue())
                        : Problems.problem(400, "invalid-json-value.date", field, invalid.getValue());
                case "date-time" -> body ? Problems.problem(400, "invalid-json-value.date-time-body", invalid.getValue())
                        : Problems.problem(400, "invalid-json-value.date-time", field, invalid.getValue());
                default -> body ? Problems.problem(400, "invalid-json-value.format-body", invalid.getValue(), kind)
                        : Problems.problem(400, "invalid-json-value.format", field, invalid.getValue(), kind);
            };
        } else if (e instanceof JsonMappingException mapping && mapping.getPath().isEmpty()) {
            return (located(e) ? Problems.problem(400, "invalid-json-value.shape-at", e.getLocation().getLineNr(), e.getLocation().getColumnNr())
                    : Problems.problem(400, "invalid-json-value.shape")).build();
        } else if (located(e)) {
            JsonLocation where = e.getLocation();
            problem = body ? Problems.problem(400, "invalid-json-value.wrong-type-body-at", where.getLineNr(), where.getColumnNr())
                    : Problems.problem(400, "invalid-json-value.wrong-type-at", field, where.getLineNr(), where.getColumnNr());
        } else {
            problem = body ? Problems.problem(400, "invalid-json-value.wrong-type-body")
                    : Problems.problem(400, "invalid-json-value.wrong-type", field);
        }
        if (!body) {
            problem.with("field", field);
        }
        return problem.build();
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The kind of value a type takes, as the texts name it: "date", "date-time", "UUID", "integer" …. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date";
            case "OffsetDateTime", "Instant" -> "date-time";
            case "UUID" -> "UUID";
            default -> type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static boolean located(JsonProcessingException e) {
        return e.getLocation() != null && e.getLocation().getLineNr() >= 0;
    }
}

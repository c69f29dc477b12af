package id.sinergi.platform.openapi;

import id.sinergi.platform.error.ProblemTypes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import java.util.List;

/**
 * The one schema of every error answer of every service: RFC 9457 problem details as the
 * platform's mappers and {@link Problems} write them. Members a problem type adds beyond these
 * (e.g. {@code reasons} of {@code inmate-not-eligible}) are allowed, as RFC 9457 allows extension
 * members.
 */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String VIOLATION = "ProblemViolation";
    static final String REF = "#/components/schemas/" + NAME;
    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemSchema() {
    }

    static Schema problem() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An error, as RFC 9457 problem details (`application/problem+json`). Switch on `type`; "
                        + "`detail` is for people. A problem type may add members of its own beyond those listed.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("A stable URI that names the kind of problem; integrators switch on it.")
                        .format("uri").examples(List.of(ProblemTypes.BASE + "not-found")))
                .addProperty("title", string("A short summary of the kind of problem (the HTTP reason phrase).")
                        .examples(List.of("Not Found")))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .description("The HTTP status of this answer.").examples(List.of(404)))
                .addProperty("detail", string("What went wrong this time, for people."))
                .addProperty("instance", string("The path of the request that failed.").format("uri-reference")
                        .examples(List.of("/api/v1/inmates/0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10")))
                .addProperty("requestId", string("The gateway's `X-Request-Id` of the request, to find it in the logs."))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("400 `validation-failed`: each field that breaks a rule.")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + VIOLATION)))
                .addProperty("field", string("The request field or query parameter the problem is about, as a path "
                        + "(`sentence.years`, `offences[0].law`)."))
                .addProperty("state", string("409 `transition-not-allowed`: the record's current state."))
                .addProperty("allowedActions", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(SchemaType.STRING))
                        .description("409 `transition-not-allowed`: the actions the current state allows."))
                .addProperty("currentEtag", string("412 `precondition-failed`: the record's ETag now, when known."))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    static Schema violation() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("One field that breaks a rule of the request.")
                .required(List.of("field", "message"))
                .addProperty("field", string("The field, as a path into the request (`sentence.years`), or the "
                        + "parameter's name."))
                .addProperty("in", OASFactory.createSchema().addType(SchemaType.STRING)
                        .enumeration(List.of("body", "query", "path", "header", "form", "unknown"))
                        .description("Where the field is."))
                .addProperty("message", string("What the rule is."));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}

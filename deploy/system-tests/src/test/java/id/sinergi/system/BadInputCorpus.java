package id.sinergi.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Bad requests generated from the OpenAPI documents, not listed by hand: for every operation, bad
 * path ids, bad query parameters, bad headers and bad bodies built from the schema of each field
 * (its type, format, enum, pattern, length and range), one defect per request, everything else as
 * the documented example has it.
 */
final class BadInputCorpus {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String INJECTION = "' OR '1'='1'; DROP TABLE inmate; --";
    /** As they appear in the path, percent-encoded. */
    private static final List<String> BAD_IDS = List.of("not-a-uuid",
            URLEncoder.encode(INJECTION, StandardCharsets.UTF_8).replace("+", "%20"), "..%2F..%2Fetc%2Fpasswd", "%00",
            "%F0%9F%98%80", "0".repeat(1000), "00000000-0000-0000-0000-00000000000g");
    /** Over the services' 1 MiB body limit, under the gateway's 10 MB. */
    static final int LARGE_BODY = 1_500_000;

    /** One bad request: what is wrong with it, and the request itself. */
    record Probe(OpenApi.Operation operation, String defect, String path, Map<String, String> headers, byte[] body,
                 String contentType) {

        @Override
        public String toString() {
            return operation + ": " + defect;
        }
    }

    private final OpenApi.Operation operation;
    private final List<Probe> probes = new ArrayList<>();

    private BadInputCorpus(OpenApi.Operation operation) {
        this.operation = operation;
    }

    static List<Probe> of(List<OpenApi.Operation> operations) {
        List<Probe> all = new ArrayList<>();
        for (OpenApi.Operation operation : operations) {
            BadInputCorpus corpus = new BadInputCorpus(operation);
            corpus.generate();
            all.addAll(corpus.probes);
        }
        return all;
    }

    private void generate() {
        JsonNode base = operation.hasBody() ? baseBody() : null;
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asText();
            for (String bad : BAD_IDS) {
                add("path " + name + " = " + abbreviate(bad), path(Map.of(name, bad)), Map.of(), base);
            }
        }
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.path("name").asText();
            // Present but empty: not the same as left out.
            add("query " + name + " empty", path(Map.of()) + "?" + name + "=", Map.of(), base);
            for (JsonNode bad : badValues(operation.resolve(parameter.path("schema")), false)) {
                String value = bad.isTextual() ? bad.asText() : bad.toString();
                add("query " + name + " = " + abbreviate(value),
                        path(Map.of()) + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8), Map.of(), base);
            }
        }
        if (operation.needsIfMatch()) {
            for (String bad : List.of("not-an-etag", "\"" + INJECTION.replace("\"", "") + "\"", "W/")) {
                add("If-Match " + bad, path(Map.of()), Map.of("If-Match", bad), base);
            }
        }
        // Writes take an Idempotency-Key; a search by body (POST …/search) is a read and documents none.
        if (operation.parameters("header").stream().anyMatch(header -> header.path("name").asText().equals("Idempotency-Key"))) {
            for (String bad : List.of("has spaces and\ttabs", "k".repeat(201))) {
                add("Idempotency-Key " + abbreviate(bad), path(Map.of()), Map.of("Idempotency-Key", bad), base);
            }
        }
        if (base != null) {
            bodies(base);
        }
    }

    private void bodies(JsonNode base) {
        String path = path(Map.of());
        raw("malformed JSON", path, "{\"fullName\": \"Ahmad", "application/json");
        raw("a second JSON value after the body", path, base + " {}", "application/json");
        raw("text after the body", path, base + "garbage", "application/json");
        raw("JSON cut short", path, base.toString().substring(0, base.toString().length() / 2), "application/json");
        raw("a JSON array instead of an object", path, "[]", "application/json");
        raw("a JSON string instead of an object", path, "\"text\"", "application/json");
        raw("invalid UTF-8", path, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        raw("not JSON but text/plain", path, base.toString(), "text/plain");
        raw("a body of 1.5 MB", path, hugeBody(base), "application/json");
        fields(base, operation.bodySchema(), "");
    }

    /** Every defect of every field of {@code schema} (and of the objects inside it), applied to {@code base}. */
    private void fields(JsonNode base, JsonNode schema, String pointer) {
        JsonNode required = schema.path("required");
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            String at = pointer + "/" + name;
            JsonNode fieldSchema = operation.resolve(property.getValue());
            if (contains(required, name)) {
                body("missing " + at, removed(base, at));
                body("null " + at, replaced(base, at, NODES.nullNode()));
            }
            for (JsonNode bad : badValues(fieldSchema, true)) {
                body(at + " = " + abbreviate(bad.toString()), replaced(base, at, bad));
            }
            if (fieldSchema.path("type").asText().equals("object") && pointer.isEmpty()) {
                fields(base, fieldSchema, at);
            }
            JsonNode items = operation.resolve(fieldSchema.path("items"));
            if (fieldSchema.path("type").asText().equals("array") && items.path("type").asText().equals("object")
                    && pointer.isEmpty()) {
                body(at + " with an empty item", replaced(base, at, NODES.arrayNode().add(NODES.objectNode())));
            }
        }
    }

    /** Values no field of this schema accepts; {@code inBody} adds the ones only JSON can carry. */
    private List<JsonNode> badValues(JsonNode schema, boolean inBody) {
        List<JsonNode> bad = new ArrayList<>();
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (schema.has("enum")) {
            bad.add(text("NOT_A_VALUE"));
            bad.add(text(INJECTION));
            bad.add(text("high\u0000"));
            if (inBody) {
                // Neither a boolean nor an ordinal is a value of an enumeration.
                bad.add(NODES.booleanNode(true));
                bad.add(NODES.numberNode(0));
            }
        } else if (format.equals("date")) {
            bad.addAll(texts("2026-02-30", "2026-13-01", "99999-01-01", "28/11/2026", INJECTION));
            if (inBody) {
                // Days since 1970, and Jackson's array form: a date is an RFC 3339 string.
                bad.add(NODES.numberNode(19737));
                bad.add(NODES.arrayNode().add(2024).add(1).add(15));
            }
        } else if (format.equals("date-time")) {
            bad.addAll(texts("2026-11-22T25:00:00Z", "2026-02-30T10:00:00Z", "now", "+999999999-12-31T23:59:59Z"));
            if (inBody) {
                // Seconds since 1970: a date-time is an RFC 3339 string.
                bad.add(NODES.numberNode(1705312800L));
            }
        } else if (format.equals("time") || format.equals("partial-time")) {
            bad.addAll(texts("25:61", "9am"));
        } else if (format.equals("uuid")) {
            bad.addAll(texts("not-a-uuid", INJECTION, "00000000-0000-0000-0000-00000000000g"));
        } else if (type.equals("string")) {
            strings(schema, bad, inBody);
        } else if (type.equals("integer") || type.equals("number")) {
            bad.add(text("abc"));
            bad.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
            if (schema.has("minimum")) {
                bad.add(NODES.numberNode(schema.path("minimum").asLong() - 1));
            }
            if (schema.has("maximum")) {
                bad.add(NODES.numberNode(schema.path("maximum").asLong() + 1));
            }
            if (type.equals("number")) {
                bad.add(NODES.numberNode(new java.math.BigDecimal("1e999999")));
            }
        } else if (type.equals("boolean")) {
            bad.add(text("maybe"));
        } else if (type.equals("array")) {
            arrays(schema, bad, inBody);
        } else if (type.equals("object")) {
            bad.add(text("abc"));
            bad.add(NODES.arrayNode());
        }
        if (inBody && !type.equals("object") && !type.equals("array")) {
            bad.add(NODES.objectNode().put("nested", "object"));
        }
        return bad;
    }

    private void strings(JsonNode schema, List<JsonNode> bad, boolean inBody) {
        String pattern = schema.path("pattern").asText(null);
        if (pattern != null && pattern.equals("\\S")) {
            // Bean Validation's @NotBlank, as the OpenAPI document renders it.
            bad.add(text("   "));
            bad.add(text("\t\n"));
        } else if (pattern != null) {
            Pattern compiled = Pattern.compile(pattern);
            for (String candidate : List.of(INJECTION, "６３０８０１１２０３９０００１", "6308011203900001\n", "idn")) {
                if (!compiled.matcher(candidate).matches()) {
                    bad.add(text(candidate));
                }
            }
        }
        if (schema.has("maxLength")) {
            int max = schema.path("maxLength").asInt();
            bad.add(text("x".repeat(max + 1)));
            bad.add(text("e\u0301".repeat(max / 2 + 1)));
        }
        if (inBody) {
            // PostgreSQL cannot store NUL in text: the service must refuse it, not fail on it.
            bad.add(text("Ahmad\u0000Rizani"));
            // A number or a boolean is not a string, even where the string could hold one.
            bad.add(NODES.numberNode(12345));
            bad.add(NODES.booleanNode(true));
        }
    }

    private void arrays(JsonNode schema, List<JsonNode> bad, boolean inBody) {
        bad.add(text("abc"));
        JsonNode items = operation.resolve(schema.path("items"));
        JsonNode item = sample(items);
        if (schema.has("maxItems")) {
            ArrayNode tooMany = NODES.arrayNode();
            for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                tooMany.add(item);
            }
            bad.add(tooMany);
        }
        if (schema.path("minItems").asInt() > 0) {
            bad.add(NODES.arrayNode());
        }
        for (JsonNode badItem : badValues(items, inBody)) {
            bad.add(NODES.arrayNode().add(badItem));
        }
    }

    /** The documented example, or a body built from the schema's examples and required fields. */
    private JsonNode baseBody() {
        JsonNode example = operation.bodyExample();
        return example != null ? example : sample(operation.bodySchema());
    }

    private JsonNode sample(JsonNode schema) {
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && examples.size() > 0) {
            return examples.get(0);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    JsonNode propertySchema = operation.resolve(property.getValue());
                    if (contains(schema.path("required"), property.getKey()) || propertySchema.has("examples")) {
                        object.set(property.getKey(), sample(propertySchema));
                    }
                }
                return object;
            }
            case "array" -> {
                return NODES.arrayNode().add(sample(operation.resolve(schema.path("items"))));
            }
            case "integer", "number" -> {
                return NODES.numberNode(schema.path("minimum").asLong(1));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return switch (schema.path("format").asText()) {
                    case "uuid" -> text(UUID.randomUUID().toString());
                    case "date" -> text(java.time.LocalDate.now().toString());
                    case "date-time" -> text(java.time.OffsetDateTime.now().toString());
                    default -> text("Sinergi");
                };
            }
        }
    }

    private String path(Map<String, String> bad) {
        String path = operation.path();
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asText();
            path = path.replace("{" + name + "}", bad.getOrDefault(name, UUID.randomUUID().toString()));
        }
        return path;
    }

    private void add(String defect, String path, Map<String, String> headers, JsonNode body) {
        probes.add(new Probe(operation, defect, path, headers,
                body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8), body == null ? null : "application/json"));
    }

    private void body(String defect, JsonNode body) {
        add("body " + defect, path(Map.of()), Map.of(), body);
    }

    private void raw(String defect, String path, String body, String contentType) {
        probes.add(new Probe(operation, "body " + defect, path, Map.of(), body.getBytes(StandardCharsets.UTF_8), contentType));
    }

    private void raw(String defect, String path, byte[] body) {
        probes.add(new Probe(operation, "body " + defect, path, Map.of(), body, "application/json"));
    }

    private static String hugeBody(JsonNode base) {
        ObjectNode huge = base.isObject() ? ((ObjectNode) base.deepCopy()) : NODES.objectNode();
        huge.put("padding", "x".repeat(LARGE_BODY));
        return huge.toString();
    }

    private static JsonNode removed(JsonNode base, String pointer) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = copy.at(pointer.substring(0, pointer.lastIndexOf('/')));
        if (parent instanceof ObjectNode object) {
            object.remove(pointer.substring(pointer.lastIndexOf('/') + 1));
        }
        return copy;
    }

    private static JsonNode replaced(JsonNode base, String pointer, JsonNode value) {
        JsonNode copy = base.deepCopy();
        String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
        JsonNode parent = copy.at(parentPointer);
        if (parent.isMissingNode() && copy instanceof ObjectNode root) {
            parent = root.putObject(parentPointer.substring(1));
        }
        if (parent instanceof ObjectNode object) {
            object.set(pointer.substring(pointer.lastIndexOf('/') + 1), value);
        }
        return copy;
    }

    private static boolean contains(JsonNode array, String value) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            if (it.next().asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode text(String value) {
        return NODES.textNode(value);
    }

    private static List<JsonNode> texts(String... values) {
        return java.util.Arrays.stream(values).map(BadInputCorpus::text).toList();
    }

    private static String abbreviate(String value) {
        String printable = value.replace("\u0000", "\\u0000").replace("\n", "\\n").replace("\t", "\\t");
        return printable.length() > 40 ? printable.substring(0, 40) + "…(" + value.length() + " chars)" : printable;
    }
}

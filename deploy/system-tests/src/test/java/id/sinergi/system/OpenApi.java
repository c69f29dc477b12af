package id.sinergi.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three services' OpenAPI documents as integrators get them, through the gateway: the
 * operations they list are what the access matrix and the bad-input corpus are generated from.
 */
final class OpenApi {

    static final List<String> SERVICES = List.of("inmate-service", "program-service", "liaison-service");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private static List<Operation> operations;

    private OpenApi() {
    }

    /** One operation of one document. */
    record Operation(String service, String method, String path, JsonNode spec, JsonNode document) {

        String id() {
            return spec.path("operationId").asText();
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            spec.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals(in)) {
                    found.add(p);
                }
            });
            return found;
        }

        boolean hasBody() {
            return spec.has("requestBody");
        }

        boolean needsIfMatch() {
            return parameters("header").stream().anyMatch(p -> p.path("name").asText().equalsIgnoreCase("If-Match"));
        }

        /** The request body's schema, references followed. */
        JsonNode bodySchema() {
            return resolve(spec.at("/requestBody/content/application~1json/schema"));
        }

        /** The first documented example of the request body, or null. */
        JsonNode bodyExample() {
            JsonNode examples = spec.at("/requestBody/content/application~1json/examples");
            // Examples are references to the document's components/examples.
            return examples.isObject() && examples.size() > 0 ? resolve(examples.elements().next()).path("value").deepCopy() : null;
        }

        /** A schema with its {@code $ref} followed; properties written beside the reference win. */
        JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            while (current != null && current.has("$ref")) {
                String ref = current.path("$ref").asText();
                JsonNode target = document.at(ref.substring(1));
                ObjectNode merged = target.deepCopy();
                current.properties().forEach(e -> {
                    if (!e.getKey().equals("$ref")) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                current = merged;
            }
            return current;
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + id() + ")";
        }
    }

    /** Every operation of the three documents, fetched once. */
    static synchronized List<Operation> operations() {
        if (operations == null) {
            Gateway gateway = Gateway.of();
            List<Operation> found = new ArrayList<>();
            for (String service : SERVICES) {
                Gateway.Answer answer = gateway.get("/openapi/" + service).send();
                assertThat(answer.status()).as("OpenAPI of %s: %s", service, answer).isEqualTo(200);
                JsonNode document = answer.json();
                for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
                    for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                        if (METHODS.contains(operation.getKey())) {
                            found.add(new Operation(service, operation.getKey(), path.getKey(), operation.getValue(), document));
                        }
                    }
                }
            }
            assertThat(found).as("operations in the documents").hasSizeGreaterThan(50);
            operations = List.copyOf(found);
        }
        return operations;
    }
}

package id.sinergi.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.keyword.NonValidationKeyword;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A contract document (OpenAPI or AsyncAPI) whose schemas JSON values are checked against, with
 * {@code format} asserted (dates, date-times, UUIDs, URIs), not only noted. A schema of the
 * document is checked with the document's {@code components} beside it, so its
 * {@code #/components/...} references resolve as they do in the document.
 */
final class SchemaDocument {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final tools.jackson.databind.ObjectMapper YAML_1_2 = new tools.jackson.dataformat.yaml.YAMLMapper();
    private static final tools.jackson.databind.ObjectMapper JSON_3 = new tools.jackson.databind.json.JsonMapper();

    private final Path path;
    private final JsonNode document;
    private final SchemaRegistry registry;

    SchemaDocument(Path path, Dialect dialect) {
        this.path = path;
        this.document = read(path);
        // components: only there so that references resolve, not a keyword to validate by.
        Dialect withComponents = Dialect.builder(dialect).keyword(new NonValidationKeyword("components")).build();
        this.registry = SchemaRegistry.withDefaultDialect(withComponents, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /**
     * Read as YAML 1.2 (Jackson 3's YAML reader), as OpenAPI tools do: YAML 1.1 would take an
     * unquoted {@code 13:45:30} for a number.
     */
    static JsonNode read(Path path) {
        try {
            return JSON.readTree(JSON_3.writeValueAsString(YAML_1_2.readTree(path.toFile())));
        } catch (IOException | tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    Path path() {
        return path;
    }

    JsonNode root() {
        return document;
    }

    /** Follows a {@code $ref} to a part of this document (an example, a schema), or gives the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException(path + ": only references inside the document are followed: " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    /** What is wrong with {@code instance} by {@code schema} (a schema node of this document); empty when nothing. */
    List<String> errors(JsonNode schema, JsonNode instance) {
        ObjectNode standalone = schema.isObject() ? ((ObjectNode) schema).deepCopy() : JSON.createObjectNode();
        standalone.set("components", document.path("components"));
        try {
            Schema compiled = registry.getSchema(JSON.writeValueAsString(standalone), InputFormat.JSON);
            List<Error> errors = compiled.validate(JSON.writeValueAsString(instance), InputFormat.JSON);
            return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.sinergi.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.dialect.Dialects;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The checks of a service's AsyncAPI document: it is valid by the maintained AsyncAPI parser; its
 * examples, and the events the service really produces, are valid by their message's payload
 * schema (types, enumerations, formats, required fields), not only shaped alike.
 */
public final class AsyncApiContract {

    private final SchemaDocument document;

    private AsyncApiContract(Path path) {
        // AsyncAPI's default schema format is a superset of JSON Schema draft 7.
        this.document = new SchemaDocument(path.toAbsolutePath(), Dialects.getDraft7());
    }

    /** The AsyncAPI document a service publishes, relative to the service's module. */
    public static AsyncApiContract of(Path path) {
        return new AsyncApiContract(path);
    }

    /** Fails with the parser's errors and warnings ({@code @asyncapi/parser}, its own rules included). */
    public void assertParserAccepts() {
        Path script = NodeTools.script("validate-asyncapi.cjs");
        NodeTools.Result result = NodeTools.run(List.of("node", script.toString(), document.path().toString()), script.getParent());
        if (result.exitCode() != 0) {
            throw new AssertionError("the AsyncAPI parser (" + NodeTools.ASYNCAPI_PARSER + ") refuses "
                    + Repository.relative(document.path()) + ":\n" + result.output());
        }
    }

    /** Fails unless every message's examples are valid by its payload schema. */
    public void assertExamplesMatchPayloads() {
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> messages = document.root().path("components").path("messages").fields(); messages.hasNext(); ) {
            Map.Entry<String, JsonNode> message = messages.next();
            JsonNode examples = message.getValue().path("examples");
            if (!examples.isArray() || examples.isEmpty()) {
                problems.add(message.getKey() + ": no example");
            }
            for (JsonNode example : examples) {
                for (String error : errors(message.getKey(), example.path("payload"))) {
                    problems.add(message.getKey() + " example '" + example.path("name").asText() + "': " + error);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(Repository.relative(document.path()) + ": examples that do not match their payload:\n"
                    + String.join("\n", problems));
        }
    }

    /** Fails unless {@code event} (a whole CloudEvent as on the topic) is valid by the message's payload schema. */
    public void assertEventMatches(String message, JsonNode event) {
        List<String> errors = errors(message, event);
        if (!errors.isEmpty()) {
            throw new AssertionError("an event " + message + " does not match its payload schema in "
                    + Repository.relative(document.path()) + ":\n" + String.join("\n", errors) + "\nevent: " + event);
        }
    }

    /**
     * Fails unless {@code data} (what a service recorded in its outbox) is valid by the message's
     * payload schema, in the envelope of the message's first example.
     */
    public void assertDataMatches(String message, JsonNode data) {
        JsonNode example = document.root().path("components").path("messages").path(message).path("examples").path(0).path("payload");
        if (!example.isObject()) {
            throw new AssertionError(Repository.relative(document.path()) + " has no example of " + message);
        }
        ObjectNode event = example.deepCopy();
        event.set("data", data);
        assertEventMatches(message, event);
    }

    private List<String> errors(String message, JsonNode payload) {
        JsonNode schema = document.root().path("components").path("messages").path(message).path("payload");
        if (schema.isMissingNode()) {
            throw new AssertionError(Repository.relative(document.path()) + " has no message " + message);
        }
        return document.errors(schema, payload);
    }
}

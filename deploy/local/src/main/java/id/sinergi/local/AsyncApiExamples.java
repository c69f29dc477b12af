package id.sinergi.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Consumer tests send the producer's own documented examples: if a producer changes its AsyncAPI
 * examples in a way a consumer cannot read, the consumer's tests fail.
 */
public final class AsyncApiExamples {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private AsyncApiExamples() {
    }

    /** The AsyncAPI document a service publishes, from a sibling module of the one under test. */
    public static Path document(String service, String file) {
        return Path.of("..", service, "src/main/resources/META-INF/resources/asyncapi", file);
    }

    /**
     * The first example of a message, as the JSON a producer would put on the topic, with a fresh
     * event id and the given subject, also written to the dotted path {@code subjectField} of
     * {@code data} (e.g. {@code inmate.inmateId}).
     */
    public static ObjectNode example(Path document, String message, String subjectField, UUID subject) {
        try {
            JsonNode examples = YAML.readTree(document.toFile()).at("/components/messages/" + message + "/examples");
            if (!examples.isArray() || examples.isEmpty()) {
                throw new IllegalArgumentException(document + " has no example for " + message);
            }
            ObjectNode event = (ObjectNode) examples.get(0).get("payload").deepCopy();
            event.put("id", UUID.randomUUID().toString());
            event.put("subject", subject.toString());
            String[] path = subjectField.split("\\.");
            ObjectNode parent = (ObjectNode) event.get("data");
            for (int i = 0; i < path.length - 1; i++) {
                parent = (ObjectNode) parent.get(path[i]);
            }
            parent.put(path[path.length - 1], subject.toString());
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + document, e);
        }
    }

    public static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The field paths of a JSON tree, objects recursively (array items by their first element):
     * producer tests compare an event's paths with its documented example's.
     */
    public static java.util.SortedSet<String> fieldPaths(JsonNode node) {
        java.util.SortedSet<String> paths = new java.util.TreeSet<>();
        collectPaths(node, "", paths);
        return paths;
    }

    private static void collectPaths(JsonNode node, String prefix, java.util.SortedSet<String> paths) {
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                String path = prefix + "/" + entry.getKey();
                paths.add(path);
                collectPaths(entry.getValue(), path, paths);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            collectPaths(node.get(0), prefix + "[]", paths);
        }
    }
}

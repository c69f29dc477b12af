package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.sinergi.local.AsyncApiExamples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type of the three AsyncAPI documents is named as issue 24 names them (the message's
 * name and its examples' {@code type}, with the producer's absolute {@code source}), and the mapping
 * table of docs/events.md ("Transition") lists it with its old name, so readers of either form find it.
 */
class EventNamesDocumentedTest {

    private static final Map<String, Path> DOCUMENTS = Map.of(
            "inmate-service", AsyncApiExamples.document("inmate-service", "inmate-events.yaml"),
            "program-service", AsyncApiExamples.document("program-service", "program-events.yaml"),
            "liaison-service", AsyncApiExamples.document("liaison-service", "liaison-events.yaml"));

    @Test
    void everyDocumentedTypeIsPrefixedAndMappedFromItsOldNameInEventsMd() throws IOException {
        String eventsMd = Files.readString(Path.of("..", "docs", "events.md"));
        List<String> problems = new ArrayList<>();
        int types = 0;
        for (Map.Entry<String, Path> document : DOCUMENTS.entrySet()) {
            String service = document.getKey();
            JsonNode messages = new YAMLMapper().readTree(document.getValue().toFile()).at("/components/messages");
            for (JsonNode message : messages) {
                String type = message.get("name").asText();
                types++;
                if (!type.startsWith("id.sinergi.")) {
                    problems.add(service + ": message " + type + " is not named by its prefixed type");
                    continue;
                }
                String name = type.substring("id.sinergi.".length());
                for (JsonNode example : message.path("examples")) {
                    JsonNode payload = example.path("payload");
                    if (!type.equals(payload.path("type").asText())) {
                        problems.add(service + ": an example of " + type + " has type " + payload.path("type"));
                    }
                    if (!("https://sinergi.id/services/" + service).equals(payload.path("source").asText())) {
                        problems.add(service + ": an example of " + type + " has source " + payload.path("source"));
                    }
                }
                if (!eventsMd.contains("| " + service + " | `" + name + "` | `" + type + "` |")) {
                    problems.add("docs/events.md maps no old name to " + type);
                }
            }
        }
        assertThat(types).isGreaterThan(30);
        assertThat(problems).isEmpty();
    }
}

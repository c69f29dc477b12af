package id.sinergi.liaison.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.sinergi.liaison.webhook.domain.DeliveredFields;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.platform.cloudevents.EventNames;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data minimisation of webhook deliveries: only fields on the allow-list leave the cluster, for
 * every documented example of every event type of the three services, and the allow-list itself
 * names nothing personal.
 */
class DeliveredFieldsTest {

    private static final List<Path> DOCUMENTS = List.of(
            AsyncApiExamples.document("inmate-service", "inmate-events.yaml"),
            AsyncApiExamples.document("program-service", "program-events.yaml"),
            AsyncApiExamples.document("liaison-service", "liaison-events.yaml"));

    /** Words that name personal data or free text; no allowed path may contain one. */
    private static final List<String> PERSONAL = List.of("nik", "birth", "address", "phone", "receivedby", "personid",
            "contact", "feature", "note", "description", "cellblock", "village", "district", "plannedby", "officer",
            "offence", "sentence", "actedby", "reportedby", "sharedby", "recordedby", "changedby", "issuedby", "closedby",
            "acknowledgedby", "evidence", "place", "article", "destination", "absencereason", "religion", "alias");

    /** Every message of the documents: its event name (the type without id.sinergi.) and its examples' data. */
    private record Example(String type, JsonNode data) {
    }

    private static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (Path document : DOCUMENTS) {
            JsonNode messages = new YAMLMapper().readTree(document.toFile()).at("/components/messages");
            messages.forEach(message -> message.path("examples")
                    .forEach(example -> examples.add(new Example(EventNames.eventName(example.at("/payload/type").asText()),
                            example.at("/payload/data")))));
        }
        return examples;
    }

    @Test
    void everyDocumentedEventTypeIsDelivered() throws IOException {
        Set<String> documented = new TreeSet<>();
        examples().forEach(example -> documented.add(example.type()));
        assertThat(DeliveredFields.eventNames()).containsAll(documented);
    }

    @Test
    void nothingOffTheAllowListIsDelivered() throws IOException {
        for (Example example : examples()) {
            ObjectNode delivered = DeliveredFields.minimise(example.type(), example.data());
            assertThat(leaves(delivered, "")).as(example.type())
                    .isSubsetOf(DeliveredFields.of(example.type()))
                    .isNotEmpty();
        }
    }

    @Test
    void theAllowListNamesNoPersonalDataNorFreeText() {
        for (String type : DeliveredFields.eventNames()) {
            for (String path : DeliveredFields.of(type)) {
                String lower = path.toLowerCase(Locale.ROOT);
                assertThat(PERSONAL).as(type + " delivers " + path).noneMatch(lower::contains);
            }
        }
    }

    @Test
    void personalDataAProducerAddsIsDroppedAndTheBasicViewKept() throws IOException {
        Example released = examples().stream().filter(e -> e.type().equals("inmate.released")).findFirst().orElseThrow();
        ObjectNode data = released.data().deepCopy();
        ((ObjectNode) data.get("inmate")).put("nik", "6308011203900001").put("birthPlace", "Amuntai")
                .put("birthDate", "1990-03-12").put("phone", "+6281234567890");
        data.putObject("personalDetails").put("religion", "Islam");
        data.put("notes", "keluarga menjemput");

        ObjectNode delivered = DeliveredFields.minimise("inmate.released", data);

        String json = delivered.toString();
        assertThat(json).doesNotContain("6308011203900001", "1990-03-12", "+6281234567890", "Islam",
                "menjemput", "Jl. Basuki Rahmat", "Siti Aminah");
        assertThat(delivered.get("inmate").fieldNames()).toIterable().containsExactlyInAnyOrder(
                "inmateId", "registerNumber", "registerClass", "fullName", "status", "location", "facility",
                "riskLevel", "expectedRelease");
        assertThat(delivered.get("releasePlan").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("regencyCode", "regencyName", "bapas");
        assertThat(delivered.get("releasedOn").asText()).isEqualTo(data.get("releasedOn").asText());
    }

    @Test
    void anUnknownTypeDeliversNothing() throws IOException {
        JsonNode data = examples().get(0).data();
        assertThat(DeliveredFields.knows("inmate.deleted")).isFalse();
        assertThat(DeliveredFields.minimise("inmate.deleted", data).isEmpty()).isTrue();
    }

    /** Every leaf path of a tree, arrays as {@code []}, as the allow-list writes them. */
    static Set<String> leaves(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> paths.addAll(leaves(field.getValue(),
                    prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey())));
        } else if (node.isArray()) {
            node.forEach(element -> paths.addAll(element.isValueNode()
                    ? Set.of(prefix + "[]") : leaves(element, prefix + "[]")));
        } else {
            paths.add(prefix);
        }
        return paths;
    }
}

package id.sinergi.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The runbook's temporary Kafka user (deploy/k8s/ops/kafka-ops-user.yaml): it names only the
 * services' topics and groups (and its own scratch groups), writes only the event topics
 * (replays), and is part of no overlay.
 */
class KafkaOpsUserTest {

    private static final String FILE = "deploy/k8s/ops/kafka-ops-user.yaml";

    @Test
    void theOpsUserReachesOnlyTheServicesTopicsAndGroups() {
        KafkaUser user = Manifests.parse("ops", Repository.read(FILE)).get(KafkaUser.class, "sinergi-ops");
        assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "sinergi");
        assertThat(user.getSpec().getAuthentication()).isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);

        Set<String> topics = new TreeSet<>();
        Set<String> eventTopics = new TreeSet<>();
        Set<String> groups = new TreeSet<>(Set.of("restore-review", "replay-"));
        Overlays.CONFIGS.values().stream().filter(ServiceConfig::usesKafka).forEach(config -> {
            ServiceConfig.KafkaUse use = config.kafkaUse();
            topics.addAll(use.writes());
            topics.addAll(use.reads());
            groups.addAll(use.groups());
            config.outboxTopic().ifPresent(eventTopics::add);
        });

        List<String> problems = new ArrayList<>();
        for (String acl : KafkaAccessChecks.granted(user, problems)) {
            String[] words = acl.split(" ");
            String operation = words[0];
            String type = words[2];
            String name = words[3];
            boolean prefix = acl.endsWith("(prefix)");
            boolean known = type.equals("topic")
                    ? prefix ? topics.stream().anyMatch(topic -> topic.startsWith(name)) : topics.contains(name)
                    : type.equals("group") && groups.contains(name);
            if (!known || operation.equals("All")) {
                problems.add("sinergi-ops: " + acl);
            }
            if (type.equals("topic") && operation.equals("Write") && (prefix || !eventTopics.contains(name))) {
                problems.add("sinergi-ops may write " + name + (prefix ? "*" : "") + ", which is no event topic");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noOverlayKeepsTheOpsUser() {
        Overlays.NAMES.forEach(overlay -> assertThat(Overlays.render(overlay).find(KafkaUser.class, "sinergi-ops")).isEmpty());
    }
}

package id.sinergi.k8s;

import id.sinergi.local.StackTopics;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every topic and dead-letter topic the services use has a KafkaTopic (and nothing else does),
 * each with its Strimzi cluster, replicas that can satisfy min.insync.replicas, and a retention
 * shorter than the consumers remember processed event ids (so a redelivery or a dead-letter
 * replay is always recognised).
 */
final class TopicChecks {

    private TopicChecks() {
    }

    static List<String> check(Manifests manifests, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        Set<String> declared = new TreeSet<>();
        manifests.kafkaTopics().forEach(topic -> declared.add(topicName(topic)));

        Set<String> used = new TreeSet<>(StackTopics.all());
        configs.values().forEach(config -> {
            used.addAll(config.consumedTopics());
            used.addAll(config.deadLetterTopics());
            config.outboxTopic().ifPresent(used::add);
        });
        used.stream().filter(topic -> !declared.contains(topic))
                .forEach(topic -> problems.add("topic " + topic + " has no KafkaTopic"));
        declared.stream().filter(topic -> !used.contains(topic))
                .forEach(topic -> problems.add("KafkaTopic " + topic + " is a topic no service uses"));

        Duration remembered = configs.values().stream()
                .filter(config -> config.reads("SINERGI_CONSUMER_PROCESSED_RETENTION"))
                .map(config -> config.durationDefault("SINERGI_CONSUMER_PROCESSED_RETENTION"))
                .min(Duration::compareTo).orElse(Duration.ofDays(30));
        manifests.kafkaTopics().forEach(topic -> topic(topic, remembered, problems));
        return problems;
    }

    static String topicName(KafkaTopic topic) {
        return Optional.ofNullable(topic.getSpec().getTopicName()).orElse(topic.getMetadata().getName());
    }

    static int partitions(Manifests manifests, String topic) {
        return manifests.kafkaTopics().stream().filter(t -> topicName(t).equals(topic))
                .map(t -> t.getSpec().getPartitions()).findFirst().orElse(0);
    }

    private static void topic(KafkaTopic topic, Duration remembered, List<String> problems) {
        String name = topicName(topic);
        Map<String, String> labels = topic.getMetadata().getLabels();
        if (labels == null || labels.get("strimzi.io/cluster") == null) {
            problems.add("KafkaTopic " + name + " names no Strimzi cluster (label strimzi.io/cluster)");
        }
        Integer partitions = topic.getSpec().getPartitions();
        Integer replicas = topic.getSpec().getReplicas();
        if (partitions == null || partitions < 1 || replicas == null || replicas < 1) {
            problems.add("KafkaTopic " + name + " needs partitions and replicas");
            return;
        }
        Map<String, Object> config = topic.getSpec().getConfig() == null ? Map.of() : topic.getSpec().getConfig();
        int minInSync = Integer.parseInt(String.valueOf(config.getOrDefault("min.insync.replicas", 1)));
        if (minInSync > replicas) {
            problems.add("KafkaTopic " + name + " wants " + minInSync + " in-sync replicas of " + replicas + ": no write would succeed");
        }
        Object retention = config.get("retention.ms");
        if (retention == null || Long.parseLong(String.valueOf(retention)) < 0) {
            problems.add("KafkaTopic " + name + " keeps records forever (set retention.ms)");
        } else if (Duration.ofMillis(Long.parseLong(String.valueOf(retention))).compareTo(remembered) >= 0) {
            problems.add("KafkaTopic " + name + " keeps records longer than consumers remember processed events (" + remembered + ")");
        }
    }
}

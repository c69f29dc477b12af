package id.sinergi.local;

import java.util.List;

/**
 * The Kafka topics the stack creates itself (auto-creation is off): one topic per producing service
 * and one dead-letter topic per (topic, consuming service). Kubernetes declares the same topics as
 * Strimzi KafkaTopic resources.
 */
public final class StackTopics {

    public static final int PARTITIONS = 3;

    /**
     * Topic → the consumer groups that read it: the services, and liaison-service's webhook fan-out
     * ({@code liaison-webhooks}, a group of its own so webhooks never hold back the read models).
     */
    private static final List<Subscription> SUBSCRIPTIONS = List.of(
            new Subscription("inmate.events.v1", List.of("program-service", "liaison-service", "liaison-webhooks")),
            new Subscription("program.events.v1", List.of("liaison-service", "liaison-webhooks")),
            new Subscription("liaison.events.v1", List.of("inmate-service", "liaison-webhooks")));

    private StackTopics() {
    }

    public record Subscription(String topic, List<String> consumers) {
    }

    public static String deadLetterTopic(String topic, String consumer) {
        return topic + "." + consumer + ".dlq";
    }

    public static List<String> all() {
        return SUBSCRIPTIONS.stream()
                .flatMap(s -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(s.topic()),
                        s.consumers().stream().map(c -> deadLetterTopic(s.topic(), c))))
                .toList();
    }
}

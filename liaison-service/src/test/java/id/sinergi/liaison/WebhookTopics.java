package id.sinergi.liaison;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * The webhook consumer's dead-letter topics, which the local stack's topic list does not declare
 * yet (auto-creation is off): created when the application under test starts, as a deployment
 * declares them beside the others.
 */
@ApplicationScoped
class WebhookTopics {

    static final List<String> DEAD_LETTER = List.of("inmate.events.v1.liaison-webhooks.dlq",
            "program.events.v1.liaison-webhooks.dlq", "liaison.events.v1.liaison-webhooks.dlq");

    void create(@Observes StartupEvent startup, @ConfigProperty(name = "kafka.bootstrap.servers") String servers)
            throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            for (String topic : DEAD_LETTER) {
                try {
                    admin.createTopics(Set.of(new NewTopic(topic, 3, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create " + topic, e);
                    }
                }
            }
        }
    }
}

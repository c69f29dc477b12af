package id.sinergi.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a real PostgreSQL server and a real Kafka broker on free ports for a service's
 * {@code @QuarkusTest}s, creates the service's database and every topic of the stack, and points
 * the service at them. One instance serves a whole test module (Quarkus starts it once).
 *
 * <p>Tests reach the broker through {@link #kafka()} to stop and restart it.
 */
public class SinergiTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "sinergi";

    private static LocalPostgres postgres;
    private static LocalKafka kafka;

    @Override
    public synchronized Map<String, String> start() {
        try {
            Path kafkaLogs = Files.createTempDirectory("sinergi-test-kafka");
            postgres = LocalPostgres.start(FreePorts.next(), null);
            postgres.ensureDatabases(List.of(DATABASE));
            kafka = LocalKafka.start(FreePorts.next(), FreePorts.next(), kafkaLogs);
            kafka.createTopics(StackTopics.all(), StackTopics.PARTITIONS);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("cannot start PostgreSQL and Kafka for the tests", e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE));
        config.put("quarkus.datasource.username", LocalPostgres.USER);
        config.put("quarkus.datasource.password", "");
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", DevTokens.PUBLIC_KEY_RESOURCE);
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        return config;
    }

    @Override
    public synchronized void stop() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    public static LocalKafka kafka() {
        return kafka;
    }
}

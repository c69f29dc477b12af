package id.sinergi.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./sinergi infra}: PostgreSQL with every service's database and Kafka with every topic, nothing else. */
class InfraCommandTest {

    @TempDir
    Path data;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void infraRunsPostgresAndKafkaWithEveryDatabaseAndTopicUntilStopped() throws Exception {
        int postgresPort = FreePorts.next();
        int kafkaPort = FreePorts.next();
        Map<String, String> environment = Map.of(
                "SINERGI_DATA_DIR", data.toString(),
                "SINERGI_POSTGRES_PORT", String.valueOf(postgresPort),
                "SINERGI_KAFKA_PORT", String.valueOf(kafkaPort),
                "SINERGI_KAFKA_CONTROLLER_PORT", String.valueOf(FreePorts.next()),
                "SINERGI_INMATE_PORT", String.valueOf(FreePorts.next()));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch stopRequested = new CountDownLatch(1);
        Launcher.Foreground untilTheTestStopsIt = new Launcher.Foreground() {
            private Runnable stop;

            @Override
            public void onStop(Runnable stop) {
                this.stop = stop;
            }

            @Override
            public void awaitStopped() throws InterruptedException {
                running.countDown();
                stopRequested.await();
                stop.run();
            }
        };
        Launcher.Context context = new Launcher.Context(LauncherTest.HOME, environment,
                new PrintStream(printed, true, StandardCharsets.UTF_8), untilTheTestStopsIt);
        CompletableFuture<Integer> infra = CompletableFuture.supplyAsync(() -> Launcher.commandLine(context,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).execute("infra"));
        try {
            assertThat(running.await(150, TimeUnit.SECONDS)).as(printed.toString(StandardCharsets.UTF_8)).isTrue();

            try (Connection postgres = DriverManager.getConnection(
                    LocalPostgres.jdbcUrl(postgresPort, "postgres"), LocalPostgres.USER, "")) {
                List<String> databases = new ArrayList<>();
                try (var rows = postgres.createStatement().executeQuery("SELECT datname FROM pg_database")) {
                    while (rows.next()) {
                        databases.add(rows.getString(1));
                    }
                }
                assertThat(databases).contains("inmate", "program", "liaison");
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    LocalKafka.bootstrapServers(kafkaPort)))) {
                Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                assertThat(topics).containsAll(StackTopics.all())
                        .contains("inmate.events.v1", "inmate.events.v1.program-service.dlq", "liaison.events.v1.liaison-webhooks.dlq");
            }
            String output = printed.toString(StandardCharsets.UTF_8);
            assertThat(output)
                    .contains("PostgreSQL and Kafka are up")
                    .contains(LocalPostgres.jdbcUrl(postgresPort, "inmate"), LocalPostgres.jdbcUrl(postgresPort, "liaison"))
                    .contains("Kafka:       " + LocalKafka.bootstrapServers(kafkaPort))
                    .contains("./mvnw quarkus:dev -pl inmate-service -am     # http://localhost:" + environment.get("SINERGI_INMATE_PORT"))
                    .contains("TOKEN=$(./sinergi token lapas-registrar)")
                    .doesNotContain("Starting inmate-service", "Starting gateway");

            ByteArrayOutputStream statusOutput = new ByteArrayOutputStream();
            Launcher.Context statusContext = new Launcher.Context(LauncherTest.HOME, environment,
                    new PrintStream(statusOutput, true, StandardCharsets.UTF_8), null);
            assertThat(Launcher.commandLine(statusContext, new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter())).execute("status")).isZero();
            assertThat(statusOutput.toString(StandardCharsets.UTF_8)).contains("PostgreSQL and Kafka only (./sinergi infra)");
        } finally {
            stopRequested.countDown();
        }
        assertThat(infra.get(90, TimeUnit.SECONDS)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).endsWith("Stopped.\n");
        // Stopped: the data directory is free for up or infra again.
        assertThat(data.resolve("stack.pid")).doesNotExist();
        try (FileChannel channel = FileChannel.open(data.resolve("stack.lock"), StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            assertThat(lock).isNotNull();
        }
        assertThat(Files.isDirectory(data.resolve("postgres"))).isTrue();
    }
}

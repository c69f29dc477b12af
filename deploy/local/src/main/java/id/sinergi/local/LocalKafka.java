package id.sinergi.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), run inside
 * this JVM from the Maven Central jars. It can be stopped and started again on the same ports and
 * log directory, which is how tests simulate a broker outage.
 */
public final class LocalKafka implements AutoCloseable {

    private static final String CLUSTER_ID = "c2luZXJnaS1sb2NhbA";

    private final int port;
    private final int controllerPort;
    private final Path logDirectory;
    private KafkaRaftServer server;

    private LocalKafka(int port, int controllerPort, Path logDirectory) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDirectory = logDirectory;
    }

    /** Formats the log directory when it is new, then starts the broker. */
    public static LocalKafka start(int port, int controllerPort, Path logDirectory) throws IOException {
        LocalKafka kafka = new LocalKafka(port, controllerPort, logDirectory);
        kafka.format();
        kafka.start();
        return kafka;
    }

    public String bootstrapServers() {
        return bootstrapServers(port);
    }

    /** The address of the broker on {@code port} (dev mode's configuration names the same). */
    public static String bootstrapServers(int port) {
        return "127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties(), false), Time.SYSTEM);
        server.startup();
    }

    /** Stops the broker cleanly; its data stays for the next {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public void createTopics(Collection<String> topics, int partitions) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            createTopics(admin, topics, partitions);
        }
    }

    /** Creates the topics that are missing; existing ones are left as they are. */
    public static void createTopics(Admin admin, Collection<String> topics, int partitions)
            throws InterruptedException {
        for (String topic : topics) {
            try {
                admin.createTopics(Set.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
                }
            }
        }
    }

    private void format() throws IOException {
        Files.createDirectories(logDirectory);
        Path config = logDirectory.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            properties().store(out, "written by Sinergi's local stack");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(new String[] {
                "format", "--standalone", "--ignore-formatted", "-t", CLUSTER_ID, "-c", config.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IOException("formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDirectory.toAbsolutePath().toString());
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", String.valueOf(StackTopics.PARTITIONS));
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        return p;
    }

    @Override
    public void close() {
        stop();
    }
}

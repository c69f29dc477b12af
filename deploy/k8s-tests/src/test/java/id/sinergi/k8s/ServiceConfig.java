package id.sinergi.k8s;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one Sinergi module reads from its environment, taken from its own configuration: the
 * module's application.properties, the platform's shared microprofile-config.properties for the
 * services built on it, and the {@code @ConfigProperty} defaults of the platform modules it uses.
 */
final class ServiceConfig {

    /** The workloads, by the name their Deployment and module share. */
    static final List<String> WORKLOADS = List.of("gateway", "inmate-service", "program-service", "liaison-service");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    /** A property with its default in code: {@code @ConfigProperty(name = ..., defaultValue = ...)} or {@code "${name:default}"}. */
    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(name\\s*=\\s*\"(sinergi\\.[^\"]+)\"\\s*,\\s*defaultValue\\s*=\\s*\"([^\"]*)\""
                    + "|\\$\\{(sinergi\\.[a-z0-9.-]+):([^}]*)}");
    /** Profiles that never run in a container (the packaged jar runs the prod profile). */
    private static final Pattern OTHER_PROFILE = Pattern.compile("^%(dev|test|local)\\.");
    /** A reference to another property in a value: {@code ${sinergi.outbox.topic}}. */
    private static final Pattern PROPERTY_REFERENCE = Pattern.compile("\\$\\{([a-z][a-z0-9.-]*)}");
    /** Every setting of a Kafka producer, consumer or admin client. */
    private static final Set<String> KAFKA_CLIENT_SETTINGS = kafkaClientSettings();

    final String module;
    /** Variable → its default; absent default = required. */
    final Map<String, Optional<String>> variables;
    /** Property → value, as the prod profile sees it (environment left out). */
    final Map<String, String> properties;

    private ServiceConfig(String module, Map<String, Optional<String>> variables, Map<String, String> properties) {
        this.module = module;
        this.variables = variables;
        this.properties = properties;
    }

    static Map<String, ServiceConfig> all() {
        Map<String, ServiceConfig> configs = new LinkedHashMap<>();
        WORKLOADS.forEach(module -> configs.put(module, of(module)));
        return configs;
    }

    static ServiceConfig of(String module) {
        String pom = Repository.read(module + "/pom.xml");
        // The services are built on platform/service (which brings platform/core), the gateway on platform/core.
        boolean onPlatform = pom.contains("<artifactId>sinergi-platform</artifactId>");
        boolean onCore = onPlatform || pom.contains("<artifactId>sinergi-platform-core</artifactId>");
        Map<String, String> properties = new TreeMap<>();
        Map<String, Optional<String>> variables = new TreeMap<>();
        if (onPlatform) {
            read("platform/service/src/main/resources/META-INF/microprofile-config.properties", properties, variables);
            configProperties("platform/service/src/main/java", properties, variables);
        }
        read(module + "/src/main/resources/application.properties", properties, variables);
        if (onCore) {
            configProperties("platform/core/src/main/java", properties, variables);
        }
        configProperties(module + "/src/main/java", properties, variables);
        // Quarkus reads these itself; they are required when the configuration has a datasource
        // or a Kafka channel but no address for it.
        if (properties.containsKey("quarkus.datasource.db-kind") && !properties.containsKey("quarkus.datasource.jdbc.url")) {
            Stream.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")
                    .forEach(variable -> variables.put(variable, Optional.empty()));
        }
        if (properties.values().contains("smallrye-kafka") && !properties.containsKey("kafka.bootstrap.servers")) {
            variables.put("KAFKA_BOOTSTRAP_SERVERS", Optional.empty());
        }
        return new ServiceConfig(module, variables, properties);
    }

    Set<String> required() {
        Set<String> required = new TreeSet<>();
        variables.forEach((name, fallback) -> {
            if (fallback.isEmpty()) {
                required.add(name);
            }
        });
        return required;
    }

    boolean reads(String variable) {
        return variables.containsKey(variable) || usesKafka() && kafkaClientSetting(variable).isPresent();
    }

    /** Whether the module has a Kafka channel. */
    boolean usesKafka() {
        return properties.values().contains("smallrye-kafka");
    }

    /**
     * The Kafka client setting a {@code KAFKA_*} variable sets, the way Quarkus reads it: every
     * configuration name starting with "kafka", lower-cased, after "kafka" and one separator,
     * underscores to dots, goes to every Kafka client (channels, dead-letter producers, the
     * readiness probe). Empty when the name is no setting of a producer, consumer or admin client.
     */
    static Optional<String> kafkaClientSetting(String variable) {
        if (!variable.startsWith("KAFKA_")) {
            return Optional.empty();
        }
        String setting = variable.substring("KAFKA_".length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        return KAFKA_CLIENT_SETTINGS.contains(setting) ? Optional.of(setting) : Optional.empty();
    }

    private static Set<String> kafkaClientSettings() {
        Set<String> settings = new TreeSet<>(org.apache.kafka.clients.producer.ProducerConfig.configNames());
        settings.addAll(org.apache.kafka.clients.consumer.ConsumerConfig.configNames());
        settings.addAll(org.apache.kafka.clients.admin.AdminClientConfig.configNames());
        return settings;
    }

    /** What the module does on Kafka, by its channels: the least it must be allowed. */
    record KafkaUse(Set<String> writes, Set<String> reads, Set<String> groups) {
    }

    /**
     * Writes: the topics of its outgoing channels and the dead-letter topics of its incoming ones.
     * Reads: the topics of its incoming channels. Groups: their group ids (Quarkus's default is
     * the application name). A channel without a topic uses its own name, as SmallRye does.
     */
    KafkaUse kafkaUse() {
        Set<String> writes = new TreeSet<>();
        Set<String> reads = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Pattern channel = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector");
        properties.forEach((key, value) -> {
            Matcher match = channel.matcher(key);
            if (!match.matches() || !"smallrye-kafka".equals(value)) {
                return;
            }
            String prefix = "mp.messaging." + match.group(1) + "." + match.group(2) + ".";
            String topic = resolved(properties.getOrDefault(prefix + "topic", match.group(2)));
            if (match.group(1).equals("outgoing")) {
                writes.add(topic);
                return;
            }
            reads.add(topic);
            groups.add(resolved(properties.getOrDefault(prefix + "group.id",
                    properties.getOrDefault("kafka.group.id", properties.getOrDefault("quarkus.application.name", module)))));
            if ("dead-letter-queue".equals(properties.get(prefix + "failure-strategy"))) {
                // SmallRye's default dead-letter topic is dead-letter-topic-<channel>.
                writes.add(resolved(properties.getOrDefault(prefix + "dead-letter-queue.topic", "dead-letter-topic-" + match.group(2))));
            }
        });
        return new KafkaUse(writes, reads, groups);
    }

    /** A value with its ${property} references to other properties replaced. */
    private String resolved(String value) {
        Matcher reference = PROPERTY_REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String target = properties.get(reference.group(1));
            if (target == null) {
                throw new AssertionError(module + " refers to ${" + reference.group(1) + "}, which its configuration does not set");
            }
            reference.appendReplacement(out, Matcher.quoteReplacement(resolved(target)));
        }
        reference.appendTail(out);
        return out.toString();
    }

    /** The port Quarkus listens on (its default unless the configuration sets one). */
    int httpPort() {
        return Integer.parseInt(properties.getOrDefault("quarkus.http.port", "8080"));
    }

    /** Topics the module consumes (incoming Kafka channels). */
    Set<String> consumedTopics() {
        return propertiesMatching("mp\\.messaging\\.incoming\\.[^.]+\\.topic");
    }

    /** Dead-letter topics the module writes to. */
    Set<String> deadLetterTopics() {
        return propertiesMatching("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic");
    }

    Optional<String> outboxTopic() {
        return Optional.ofNullable(properties.get("sinergi.outbox.topic"));
    }

    /** The default of a variable that has one. */
    String defaultOf(String variable) {
        return variables.get(variable).orElseThrow(() -> new AssertionError(variable + " has no default in " + module));
    }

    Duration durationDefault(String variable) {
        return Duration.parse(defaultOf(variable));
    }

    private Set<String> propertiesMatching(String regex) {
        Set<String> values = new TreeSet<>();
        properties.forEach((key, value) -> {
            if (key.matches(regex)) {
                values.add(value);
            }
        });
        return values;
    }

    private static void read(String file, Map<String, String> properties, Map<String, Optional<String>> variables) {
        Properties loaded = new Properties();
        try {
            loaded.load(new StringReader(Repository.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded.stringPropertyNames().stream()
                .filter(key -> !OTHER_PROFILE.matcher(key).find())
                .forEach(key -> {
                    String value = loaded.getProperty(key);
                    properties.put(key.replaceFirst("^%prod\\.", ""), value);
                    Matcher reference = REFERENCE.matcher(value);
                    while (reference.find()) {
                        Optional<String> fallback = Optional.ofNullable(reference.group(2)).map(d -> d.substring(1));
                        variables.merge(reference.group(1), fallback, (a, b) -> a.isPresent() ? a : b);
                    }
                });
    }

    /** Properties the code reads with a default of its own (sinergi.x.y): settable as SINERGI_X_Y. */
    private static void configProperties(String sources, Map<String, String> properties,
            Map<String, Optional<String>> variables) {
        Path root = Repository.path(sources);
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher property = CONFIG_PROPERTY.matcher(readFile(file));
                while (property.find()) {
                    boolean annotation = property.group(1) != null;
                    String name = annotation ? property.group(1) : property.group(3);
                    if (!properties.containsKey(name)) {
                        variables.putIfAbsent(environmentName(name), Optional.of(annotation ? property.group(2) : property.group(4)));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MicroProfile Config's environment name of a property: upper case, others to underscores. */
    static String environmentName(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

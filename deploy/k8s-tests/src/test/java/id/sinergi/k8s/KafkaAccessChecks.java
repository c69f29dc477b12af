package id.sinergi.k8s;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Least privilege on Kafka: each service that uses Kafka logs in as a KafkaUser of its own name
 * (SCRAM-SHA-512) whose ACLs are exactly what its channels need, derived from its configuration
 * ({@link ServiceConfig#kafkaUse()}): Write and Describe on the topics it writes (its outbox's
 * and its dead-letter topics), Read and Describe on the topics it consumes, Read on its consumer
 * groups. Its Deployment connects over TLS with that user's Secret and trusts the cluster's CA.
 * Where the overlay runs the Kafka cluster (dev), every listener is TLS with SCRAM-SHA-512, the
 * simple authorizer holds the ACLs and a user operator turns KafkaUsers into users.
 */
final class KafkaAccessChecks {

    static final String SECURITY_PROTOCOL = "SASL_SSL";
    static final String SASL_MECHANISM = "SCRAM-SHA-512";

    private KafkaAccessChecks() {
    }

    static List<String> check(Manifests manifests, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        Set<String> clusters = new TreeSet<>();
        Set<String> owners = new TreeSet<>();
        for (Workload workload : Workload.all(manifests)) {
            ServiceConfig config = configs.get(workload.name);
            if (config == null || !config.usesKafka()) {
                continue;
            }
            owners.add(workload.name);
            Optional<String> cluster = workload.literal("KAFKA_BOOTSTRAP_SERVERS").map(NetworkChecks.BOOTSTRAP::matcher)
                    .filter(Matcher::matches).map(address -> address.group(1));
            cluster.ifPresent(clusters::add);
            connection(workload, cluster.orElse("<cluster>"), problems);
            Optional<KafkaUser> user = manifests.find(KafkaUser.class, workload.name);
            if (user.isEmpty()) {
                problems.add(workload.name + " has no KafkaUser " + workload.name);
                continue;
            }
            user(user.get(), config, cluster, problems);
        }
        manifests.kafkaUsers().stream().map(user -> user.getMetadata().getName()).filter(name -> !owners.contains(name))
                .forEach(name -> problems.add("KafkaUser " + name + " belongs to no service that uses Kafka"));
        for (String cluster : clusters) {
            manifests.find(Kafka.class, cluster).ifPresent(kafka -> listeners(kafka, manifests, problems));
        }
        return problems;
    }

    /** The ACLs a service needs, as "Operation on type name" (all literal names). */
    static Set<String> needed(ServiceConfig config) {
        ServiceConfig.KafkaUse use = config.kafkaUse();
        Set<String> acls = new TreeSet<>();
        use.writes().forEach(topic -> {
            acls.add(acl(AclOperation.WRITE, "topic", topic, AclResourcePatternType.LITERAL));
            acls.add(acl(AclOperation.DESCRIBE, "topic", topic, AclResourcePatternType.LITERAL));
        });
        use.reads().forEach(topic -> {
            acls.add(acl(AclOperation.READ, "topic", topic, AclResourcePatternType.LITERAL));
            acls.add(acl(AclOperation.DESCRIBE, "topic", topic, AclResourcePatternType.LITERAL));
        });
        use.groups().forEach(group -> acls.add(acl(AclOperation.READ, "group", group, AclResourcePatternType.LITERAL)));
        return acls;
    }

    /** The ACLs a KafkaUser grants, one per operation, in the same words. */
    static Set<String> granted(KafkaUser user, List<String> problems) {
        Set<String> acls = new TreeSet<>();
        String name = user.getMetadata().getName();
        if (!(user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple) || simple.getAcls() == null) {
            return acls;
        }
        for (AclRule rule : simple.getAcls()) {
            if (rule.getType() != null && rule.getType() != AclRuleType.ALLOW) {
                problems.add("KafkaUser " + name + " has a " + rule.getType().toValue() + " rule: allow exactly what is needed instead");
            }
            if (rule.getHost() != null && !"*".equals(rule.getHost())) {
                problems.add("KafkaUser " + name + " is limited to host " + rule.getHost() + ": pods have no fixed address");
            }
            List<AclOperation> operations = new ArrayList<>(rule.getOperations() == null ? List.of() : rule.getOperations());
            if (rule.getOperation() != null) {
                operations.add(rule.getOperation());
            }
            String type = rule.getResource().getType();
            String resource = rule.getResource() instanceof AclRuleTopicResource topic ? topic.getName()
                    : rule.getResource() instanceof AclRuleGroupResource group ? group.getName() : "";
            AclResourcePatternType pattern = rule.getResource() instanceof AclRuleTopicResource topic ? topic.getPatternType()
                    : rule.getResource() instanceof AclRuleGroupResource group ? group.getPatternType() : AclResourcePatternType.LITERAL;
            operations.forEach(operation -> acls.add(acl(operation, type, resource, pattern)));
        }
        return acls;
    }

    private static String acl(AclOperation operation, String type, String name, AclResourcePatternType pattern) {
        String patternWords = pattern == null || pattern == AclResourcePatternType.LITERAL ? "" : " (" + pattern.toValue() + ")";
        return operation.toValue() + " on " + type + (name.isEmpty() ? "" : " " + name) + patternWords;
    }

    private static void user(KafkaUser user, ServiceConfig config, Optional<String> cluster, List<String> problems) {
        String name = user.getMetadata().getName();
        Map<String, String> labels = user.getMetadata().getLabels() == null ? Map.of() : user.getMetadata().getLabels();
        cluster.filter(c -> !c.equals(labels.get("strimzi.io/cluster"))).ifPresent(c -> problems.add(
                "KafkaUser " + name + " belongs to cluster " + labels.get("strimzi.io/cluster") + ", the service connects to " + c));
        if (!(user.getSpec().getAuthentication() instanceof KafkaUserScramSha512ClientAuthentication)) {
            problems.add("KafkaUser " + name + " must authenticate with scram-sha-512");
        }
        if (!(user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple)) {
            problems.add("KafkaUser " + name + " has no ACLs (authorization type simple)");
        }
        Set<String> needed = needed(config);
        Set<String> granted = granted(user, problems);
        needed.stream().filter(acl -> !granted.contains(acl))
                .forEach(acl -> problems.add("KafkaUser " + name + " lacks " + acl + ", which " + config.module + " needs"));
        granted.stream().filter(acl -> !needed.contains(acl))
                .forEach(acl -> problems.add("KafkaUser " + name + " allows " + acl + ", which " + config.module + " does not need"));
    }

    /** TLS, SCRAM-SHA-512 as its own user, trusting the cluster's CA. */
    private static void connection(Workload workload, String cluster, List<String> problems) {
        Map<String, String> literals = Map.of("KAFKA_SECURITY_PROTOCOL", SECURITY_PROTOCOL, "KAFKA_SASL_MECHANISM", SASL_MECHANISM,
                "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
        literals.forEach((variable, value) -> {
            if (!workload.literal(variable).filter(value::equals).isPresent()) {
                problems.add(workload.name + " must set " + variable + "=" + value + ", not " + workload.literal(variable).orElse("nothing"));
            }
        });
        secret(workload, "KAFKA_SASL_JAAS_CONFIG", workload.name, "sasl.jaas.config", problems);
        secret(workload, "KAFKA_SSL_TRUSTSTORE_CERTIFICATES", cluster + "-cluster-ca-cert", "ca.crt", problems);
    }

    private static void secret(Workload workload, String variable, String secret, String key, List<String> problems) {
        Workload.Value value = workload.environment.get(variable);
        if (value == null || !secret.equals(value.secret()) || !key.equals(value.secretKey())) {
            problems.add(workload.name + " must take " + variable + " from Secret " + secret + ", key " + key);
        }
    }

    /** The cluster the overlay runs: no listener without TLS and SCRAM, ACLs enforced, users created. */
    private static void listeners(Kafka kafka, Manifests manifests, List<String> problems) {
        String name = kafka.getMetadata().getName();
        for (GenericKafkaListener listener : kafka.getSpec().getKafka().getListeners()) {
            if (!listener.isTls() || !(listener.getAuth() instanceof KafkaListenerAuthenticationScramSha512)) {
                problems.add("Kafka " + name + "'s listener " + listener.getName() + " (" + listener.getPort()
                        + ") must be TLS with scram-sha-512 authentication");
            }
        }
        Workload.all(manifests).stream().flatMap(w -> w.literal("KAFKA_BOOTSTRAP_SERVERS").stream()).distinct().forEach(bootstrap -> {
            int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
            if (kafka.getSpec().getKafka().getListeners().stream().noneMatch(listener -> listener.getPort() == port)) {
                problems.add("Kafka " + name + " has no listener on " + port + " (" + bootstrap + ")");
            }
        });
        if (!(kafka.getSpec().getKafka().getAuthorization() instanceof KafkaAuthorizationSimple)) {
            problems.add("Kafka " + name + " does not enforce ACLs (spec.kafka.authorization type simple)");
        }
        if (kafka.getSpec().getEntityOperator() == null || kafka.getSpec().getEntityOperator().getUserOperator() == null) {
            problems.add("Kafka " + name + " runs no user operator: the KafkaUsers would never become users");
        }
    }
}

package id.sinergi.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's {@code %dev} configuration ({@code ./mvnw quarkus:dev}) points where
 * {@code ./sinergi infra} and {@code ./sinergi up} put things: the same ports, databases, Kafka and
 * development key, by default and when the launcher's port variables move them.
 */
class DevModeConfigTest {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):([^${}]*)}");

    /** No variables set, and every port variable of the launcher set to something else. */
    private static final List<Map<String, String>> ENVIRONMENTS = List.of(Map.of(), Map.of(
            "SINERGI_POSTGRES_PORT", "15432", "SINERGI_KAFKA_PORT", "19092", "SINERGI_GATEWAY_PORT", "18080",
            "SINERGI_INMATE_PORT", "18081", "SINERGI_PROGRAM_PORT", "18082", "SINERGI_LIAISON_PORT", "18083"));

    @Test
    void everyServiceInDevModeUsesTheInfrastructureOfTheLauncher() throws IOException {
        for (Map<String, String> environment : ENVIRONMENTS) {
            StackSettings launcher = StackSettings.fromEnvironment(LauncherTest.HOME, environment);
            for (Stack.Service service : Stack.SERVICES) {
                Map<String, String> dev = devProfile(service.module(), environment);
                String where = service.name() + " with " + environment;

                assertThat(dev.get("quarkus.http.host")).as(where).isEqualTo("127.0.0.1");
                assertThat(dev.get("quarkus.http.port")).as(where).isEqualTo(String.valueOf(launcher.port(service.name())));
                assertThat(dev.get("quarkus.devservices.enabled")).as(where).isEqualTo("false");
                assertThat(dev.get("mp.jwt.verify.issuer")).as(where).isEqualTo(DevTokens.ISSUER);
                // Dev mode runs in the module's directory.
                assertThat(LauncherTest.HOME.resolve(service.module()).resolve(dev.get("mp.jwt.verify.publickey.location")).normalize())
                        .as(where).isEqualTo(launcher.devPublicKey()).isRegularFile();
                if (service.database() != null) {
                    assertThat(dev.get("quarkus.datasource.jdbc.url")).as(where)
                            .isEqualTo(LocalPostgres.jdbcUrl(launcher.postgresPort(), service.database()));
                    assertThat(dev.get("quarkus.datasource.username")).as(where).isEqualTo(launcher.postgresUser());
                    assertThat(dev.get("kafka.bootstrap.servers")).as(where)
                            .isEqualTo(LocalKafka.bootstrapServers(launcher.kafkaPort()));
                } else {
                    for (Stack.Service upstream : Stack.SERVICES) {
                        if (upstream.database() != null) {
                            assertThat(dev.get("sinergi.gateway.upstreams." + upstream.name() + ".url")).as(where)
                                    .isEqualTo("http://127.0.0.1:" + launcher.port(upstream.name()));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theDevelopmentKeyIsTheOneTokensAreMintedWith() throws IOException {
        StackSettings launcher = StackSettings.fromEnvironment(LauncherTest.HOME, Map.of());

        assertThat(Files.readString(launcher.devPublicKey())).isEqualTo(DevTokens.publicKeyPem());
    }

    /** The module's {@code %dev.} properties, without the prefix, with {@code ${VARIABLE:default}} resolved. */
    private static Map<String, String> devProfile(String module, Map<String, String> environment) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                LauncherTest.HOME.resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        Map<String, String> dev = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%dev.")) {
                dev.put(key.substring("%dev.".length()), resolve(properties.getProperty(key), environment));
            }
        }
        return dev;
    }

    /** Replaces the innermost {@code ${VARIABLE:default}} until none is left, as SmallRye Config does. */
    static String resolve(String value, Map<String, String> environment) {
        String resolved = value;
        Matcher reference = REFERENCE.matcher(resolved);
        while (reference.find()) {
            resolved = resolved.substring(0, reference.start())
                    + environment.getOrDefault(reference.group(1), reference.group(2))
                    + resolved.substring(reference.end());
            reference = REFERENCE.matcher(resolved);
        }
        return resolved;
    }
}

package id.sinergi.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the checks take each module to read comes out of its configuration as the module has it. */
class ServiceConfigTest {

    @Test
    void aServiceOnThePlatformNeedsItsDatabaseKafkaAndTheIdentityProvider() {
        ServiceConfig inmate = Overlays.CONFIGS.get("inmate-service");
        assertThat(inmate.required()).containsExactly("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_DATASOURCE_USERNAME", "SINERGI_JWT_ISSUER",
                "SINERGI_JWT_PUBLIC_KEY_LOCATION");
        assertThat(inmate.defaultOf("SINERGI_INMATE_FACILITY")).isEqualTo("LAPAS-AMUNTAI");
        assertThat(inmate.defaultOf("SINERGI_DB_POOL_SIZE")).isEqualTo("20");
        assertThat(inmate.defaultOf("SINERGI_OUTBOX_SWEEP_INTERVAL")).isEqualTo("PT1S");
        assertThat(inmate.defaultOf("SINERGI_OUTBOX_CLEANUP_INTERVAL")).isEqualTo("1h");
        assertThat(inmate.reads("SINERGI_RATE_LIMIT_BURST")).isFalse();
        assertThat(inmate.httpPort()).isEqualTo(8080);
        assertThat(inmate.consumedTopics()).containsExactly("liaison.events.v1");
        assertThat(inmate.deadLetterTopics()).containsExactly("liaison.events.v1.inmate-service.dlq");
        assertThat(inmate.outboxTopic()).contains("inmate.events.v1");
    }

    @Test
    void theGatewayNeedsOnlyTheIdentityProvider() {
        ServiceConfig gateway = Overlays.CONFIGS.get("gateway");
        assertThat(gateway.required()).containsExactly("SINERGI_JWT_ISSUER", "SINERGI_JWT_PUBLIC_KEY_LOCATION");
        assertThat(gateway.defaultOf("SINERGI_RATE_LIMIT_BURST")).isEqualTo("100");
        assertThat(gateway.defaultOf("SINERGI_INMATE_URL")).isEqualTo("http://127.0.0.1:8081");
        assertThat(gateway.reads("KAFKA_BOOTSTRAP_SERVERS")).isFalse();
        assertThat(gateway.consumedTopics()).isEmpty();
    }

    @Test
    void environmentNamesFollowMicroProfileConfig() {
        assertThat(ServiceConfig.environmentName("sinergi.consumer.processed-retention"))
                .isEqualTo("SINERGI_CONSUMER_PROCESSED_RETENTION");
    }
}

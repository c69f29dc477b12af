package id.sinergi.platform.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.platform.cloudevents.LegacyNames;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decoder's part of the transition to the issue 24 names; the consumers' tests apply both forms over Kafka. */
class CloudEventDecoderTest {

    private static CloudEventDecoder decoder(LegacyNames legacyNames) {
        CloudEventDecoder decoder = new CloudEventDecoder();
        decoder.objectMapper = new ObjectMapper();
        decoder.legacyNames = legacyNames;
        return decoder;
    }

    private static String event(String type, String source) {
        return """
                {"specversion":"1.0","id":"%s","type":"%s","source":"%s","subject":"s-1",
                 "time":"2026-11-28T09:00:00Z","datacontenttype":"application/json","data":{"n":1}}"""
                .formatted(UUID.randomUUID(), type, source);
    }

    @Test
    void anEventNamedAsBeforeIssue24IsReadWithTodaysNames() {
        IncomingEvent legacy = decoder(LegacyNames.ACCEPT).decode(event("inmate.admitted", "inmate-service"));
        IncomingEvent today = decoder(LegacyNames.ACCEPT).decode(event("id.sinergi.inmate.admitted",
                "https://sinergi.id/services/inmate-service"));

        for (IncomingEvent event : new IncomingEvent[] {legacy, today}) {
            assertThat(event.type()).isEqualTo("id.sinergi.inmate.admitted");
            assertThat(event.source()).isEqualTo("https://sinergi.id/services/inmate-service");
            assertThat(event.name()).isEqualTo("inmate.admitted");
        }
    }

    @Test
    void whilePublishingTheOldNamesBothFormsAreRead() {
        assertThat(decoder(LegacyNames.PUBLISH).decode(event("inmate.admitted", "inmate-service")).type())
                .isEqualTo("id.sinergi.inmate.admitted");
    }

    @Test
    void onceTheTransitionHasEndedAnOldNameIsAPoisonEvent() {
        CloudEventDecoder decoder = decoder(LegacyNames.REFUSE);
        assertThatThrownBy(() -> decoder.decode(event("inmate.admitted", "https://sinergi.id/services/inmate-service")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("before issue 24");
        assertThatThrownBy(() -> decoder.decode(event("id.sinergi.inmate.admitted", "inmate-service")))
                .isInstanceOf(PoisonEventException.class);
        assertThat(decoder.decode(event("id.sinergi.inmate.admitted", "https://sinergi.id/services/inmate-service")).name())
                .isEqualTo("inmate.admitted");
    }

    @Test
    void anotherProducersTypeIsKeptAndFindsNoHandler() {
        IncomingEvent foreign = decoder(LegacyNames.REFUSE).decode(event("com.example.order.created", "/orders"));
        assertThat(foreign.type()).isEqualTo("com.example.order.created");
        assertThat(foreign.name()).isEqualTo("com.example.order.created");
    }
}

package id.sinergi.platform.cloudevents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventNamesTest {

    @Test
    void anEventNameBecomesAReverseDnsTypeAndAServiceNameAnAbsoluteSource() {
        assertThat(EventNames.type("inmate.admitted")).isEqualTo("id.sinergi.inmate.admitted");
        assertThat(EventNames.type("program.completion-co-signed")).isEqualTo("id.sinergi.program.completion-co-signed");
        assertThat(EventNames.source("inmate-service")).isEqualTo("https://sinergi.id/services/inmate-service");
        assertThat(java.net.URI.create(EventNames.source("liaison-service")).isAbsolute()).isTrue();
    }

    @Test
    void theNamesFromBeforeIssue24AreReadAsTheNewOnes() {
        assertThat(EventNames.isLegacyType("inmate.admitted")).isTrue();
        assertThat(EventNames.normalisedType("inmate.admitted")).isEqualTo("id.sinergi.inmate.admitted");
        assertThat(EventNames.normalisedType("id.sinergi.inmate.admitted")).isEqualTo("id.sinergi.inmate.admitted");
        assertThat(EventNames.isLegacySource("inmate-service")).isTrue();
        assertThat(EventNames.normalisedSource("inmate-service")).isEqualTo("https://sinergi.id/services/inmate-service");
        assertThat(EventNames.normalisedSource("https://sinergi.id/services/inmate-service"))
                .isEqualTo("https://sinergi.id/services/inmate-service");
    }

    @Test
    void bothFormsOfATypeStandForOneEventName() {
        assertThat(EventNames.eventName("id.sinergi.liaison.incident-changed")).isEqualTo("liaison.incident-changed");
        assertThat(EventNames.eventName("liaison.incident-changed")).isEqualTo("liaison.incident-changed");
    }

    @Test
    void anotherProducersTypeOrSourceIsLeftAsItIs() {
        assertThat(EventNames.isLegacyType("com.example.order.created")).isFalse();
        assertThat(EventNames.normalisedType("com.example.order.created")).isEqualTo("com.example.order.created");
        assertThat(EventNames.eventName("com.example.order.created")).isEqualTo("com.example.order.created");
        assertThat(EventNames.eventName("id.sinergi.not.an.event")).isEqualTo("id.sinergi.not.an.event");
        assertThat(EventNames.normalisedSource("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66"))
                .isEqualTo("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66");
        assertThat(EventNames.normalisedSource("/sensors/tn-1234567")).isEqualTo("/sensors/tn-1234567");
    }

    @Test
    void somethingThatIsNotAnEventNameCannotBePublished() {
        assertThatThrownBy(() -> EventNames.type("id.sinergi.inmate.admitted")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventNames.type("Inmate.Admitted")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventNames.type("admitted")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventNames.requireEventName(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventNames.source("https://sinergi.id/services/x")).isInstanceOf(IllegalArgumentException.class);
    }
}

package id.sinergi.platform.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingEventTest {

    enum Level { LOW, HIGH }

    record Payload(UUID inmateId, String registerNumber, Level level, LocalDate releaseOn) {
        Payload {
            Objects.requireNonNull(inmateId, "inmateId");
        }
    }

    private static IncomingEvent event(String data) throws Exception {
        return new IncomingEvent(UUID.randomUUID(), "inmate.test", "inmate-service", null, OffsetDateTime.now(),
                new ObjectMapper().readTree(data));
    }

    @Test
    void decodesTheDataIntoTheConsumersRecordIgnoringFieldsItDoesNotKnow() throws Exception {
        UUID id = UUID.randomUUID();
        Payload payload = event("""
                {"inmateId": "%s", "registerNumber": "B.I-0001/2026", "level": "HIGH",
                 "releaseOn": "2027-01-02", "addedLater": {"x": 1}}""".formatted(id)).data(Payload.class);
        assertThat(payload).isEqualTo(new Payload(id, "B.I-0001/2026", Level.HIGH, LocalDate.of(2027, 1, 2)));
    }

    @Test
    void aPayloadThatDoesNotDecodeIsPoison() {
        String id = UUID.randomUUID().toString();
        for (String data : new String[]{
                "{\"registerNumber\": \"x\"}",
                "{\"inmateId\": \"not-a-uuid\"}",
                "{\"inmateId\": \"" + id + "\", \"registerNumber\": 12345}",
                "{\"inmateId\": \"" + id + "\", \"level\": \"EXTREME\"}",
                "{\"inmateId\": \"" + id + "\", \"level\": 1}",
                "{\"inmateId\": \"" + id + "\", \"releaseOn\": 1705312800}"}) {
            assertThatThrownBy(() -> event(data).data(Payload.class)).as(data)
                    .isInstanceOf(PoisonEventException.class).hasMessageContaining("is not a Payload");
        }
    }

    @Test
    void aSnapshotReplacesTheHeldOneOnlyWhenNewer() {
        assertThat(Snapshots.isNewer(3, null)).isTrue();
        assertThat(Snapshots.isNewer(3, 2L)).isTrue();
        assertThat(Snapshots.isNewer(3, 3L)).isFalse();
        assertThat(Snapshots.isNewer(2, 3L)).isFalse();
    }
}

package id.sinergi.platform.paging;

import id.sinergi.platform.error.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    private static final UUID ID = UUID.fromString("3f2c4b6e-2ab7-4d9f-9fd0-2d2c22c78b30");

    @Test
    void aCursorComesBackAsItWasMadeWhateverItsValue() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-28T08:15:30.123456+08:00");
        assertThat(Cursor.decode(new Cursor("-updatedAt", List.of(at), ID).encode(), List.of(OffsetDateTime.class), UUID.class))
                .isEqualTo(new Cursor("-updatedAt", List.of(at), ID));
        assertThat(Cursor.decode(new Cursor("changes", List.of(745L), 12L).encode(), List.of(Long.class), Long.class))
                .isEqualTo(new Cursor("changes", List.of(745L), 12L));
        Cursor none = new Cursor("expectedRelease", Arrays.asList((Object) null), ID);
        assertThat(Cursor.decode(none.encode(), List.of(LocalDate.class), UUID.class)).isEqualTo(none);
        Cursor twoColumns = new Cursor("date", Arrays.asList(LocalDate.parse("2026-12-07"), null), ID);
        assertThat(Cursor.decode(twoColumns.encode(), List.of(LocalDate.class, LocalTime.class), UUID.class)).isEqualTo(twoColumns);
        // A text value may hold anything, the separator and non-ASCII letters included.
        String name = "Rizani\nbin Ahmad – Amuntai +%";
        assertThat(Cursor.decode(new Cursor("name", List.of(name), ID).encode(), List.of(String.class), UUID.class).values())
                .containsExactly(name);
    }

    @Test
    void aTokenIsUrlSafe() {
        String token = new Cursor("name", List.of("???>>>~~~"), ID).encode();
        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.sortOf(token)).isEqualTo("name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "%%%", "MQ", "bm90IGEgY3Vyc29y", "=====", "MQpjaGFuZ2VzCm5vdC1hLXV1aWQKKzc0NQ"})
    void aGarbledTokenIsA400NamingTheCursor(String token) {
        assertThatThrownBy(() -> Cursor.decode(token, List.of(Long.class), UUID.class))
                .isInstanceOfSatisfying(Problem.class, problem -> {
                    assertThat(problem.getMessage()).contains("cursor");
                    assertThat(problem.getStatusCode()).isEqualTo(400);
                });
    }

    @Test
    void aForgedTokenWithAValueOfTheWrongTypeIsA400() {
        String forged = encode("1\nchanges\n" + ID + "\n+not-a-number");
        assertThatThrownBy(() -> Cursor.decode(forged, List.of(Long.class), UUID.class)).isInstanceOf(Problem.class);
        String otherVersion = encode("2\nchanges\n" + ID + "\n+745");
        assertThatThrownBy(() -> Cursor.decode(otherVersion, List.of(Long.class), UUID.class)).isInstanceOf(Problem.class);
        String noValueMarker = encode("1\nchanges\n" + ID + "\n745");
        assertThatThrownBy(() -> Cursor.decode(noValueMarker, List.of(Long.class), UUID.class)).isInstanceOf(Problem.class);
        String missingValue = encode("1\nchanges\n" + ID);
        assertThatThrownBy(() -> Cursor.decode(missingValue, List.of(Long.class), UUID.class)).isInstanceOf(Problem.class);
        String farFuture = encode("1\nupdatedAt\n" + ID + "\n+" + URLEncoder.encode("+999999999-12-31T23:59:59Z", StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Cursor.decode(farFuture, List.of(OffsetDateTime.class), UUID.class)).isInstanceOf(Problem.class);
        String tooLong = "A".repeat(Cursor.MAX_LENGTH + 4);
        assertThatThrownBy(() -> Cursor.decode(tooLong, List.of(Long.class), UUID.class)).isInstanceOf(Problem.class);
    }

    @Test
    void theNextLinkKeepsTheFiltersOrderAndSizeAndReplacesPageAndCursor() {
        URI request = URI.create("http://inmate-service:8080/api/v1/inmates?status=IN_CUSTODY&name=ahmad%20rizani&page=3"
                + "&sort=-updatedAt&cursor=old&size=50");
        assertThat(NextLinks.next(request, "NEW"))
                .isEqualTo("/api/v1/inmates?status=IN_CUSTODY&name=ahmad%20rizani&sort=-updatedAt&size=50&cursor=NEW");
        assertThat(NextLinks.next(URI.create("/api/v1/inmates"), "NEW")).isEqualTo("/api/v1/inmates?cursor=NEW");
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

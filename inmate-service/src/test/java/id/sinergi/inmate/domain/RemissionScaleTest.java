package id.sinergi.inmate.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemissionScaleTest {

    private static final RemissionScale SCALE = RemissionScale.standard();

    @Test
    void eachScaledTypeRunsWithoutGapOrOverlapFromSixMonthsAndHasNoEnd() {
        for (RemissionType type : List.of(RemissionType.GENERAL, RemissionType.SPECIAL, RemissionType.DASAWARSA,
                RemissionType.HUMANITARIAN)) {
            List<RemissionScale.Row> rows = SCALE.rows().stream().filter(row -> row.type() == type).toList();
            assertThat(rows).as(type.name()).isNotEmpty();
            assertThat(rows.get(0).servedMonthsFrom()).as(type.name()).isEqualTo(6);
            for (int i = 1; i < rows.size(); i++) {
                assertThat(rows.get(i).servedMonthsFrom()).as(type + " row " + i).isEqualTo(rows.get(i - 1).servedMonthsTo());
            }
            assertThat(rows.get(rows.size() - 1).servedMonthsTo()).as(type.name()).isNull();
            assertThat(rows).allSatisfy(row -> assertThat(row.source()).isNotBlank());
        }
        assertThat(SCALE.rows()).noneMatch(row -> row.type() == RemissionType.ADDITIONAL);
    }

    @ParameterizedTest
    @CsvSource({
            // days served, type, most days (one month = 30 days)
            "180, GENERAL, 30", "359, GENERAL, 30", "360, GENERAL, 60", "539, GENERAL, 60", "540, GENERAL, 90",
            "900, GENERAL, 120", "1260, GENERAL, 150", "1979, GENERAL, 150", "1980, GENERAL, 180", "9000, GENERAL, 180",
            "200, SPECIAL, 15", "400, SPECIAL, 30", "1000, SPECIAL, 30", "1300, SPECIAL, 45", "2000, SPECIAL, 60"})
    void theMostDaysFollowKeppres174For(long served, RemissionType type, int maxDays) {
        assertThat(SCALE.rowFor(type, served)).get().extracting(RemissionScale.Row::maxDays).isEqualTo(maxDays);
    }

    @Test
    void belowTheFirstStepThereIsNoRow() {
        assertThat(SCALE.rowFor(RemissionType.GENERAL, 179)).isEmpty();
    }

    @Test
    void aRowWithoutSourceIsRefused() {
        assertThatThrownBy(() -> RemissionScale.read(new ByteArrayInputStream("GENERAL,6,12,30,\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }
}

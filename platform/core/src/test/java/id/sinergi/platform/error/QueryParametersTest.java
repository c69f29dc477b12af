package id.sinergi.platform.error;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParametersTest {

    @Test
    void aDateOrDateTimeOfAQueryHasAYearOfFourDigits() {
        assertThat(QueryParameters.date("releaseFrom", "2026-12-01")).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(QueryParameters.dateTime("updatedSince", "2026-11-01T00:00:00Z"))
                .isEqualTo(OffsetDateTime.parse("2026-11-01T00:00:00Z"));
        // Java reads these; no column of the services could hold them (a 500 before).
        for (String tooFar : new String[] {"+999999999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> QueryParameters.dateTime("updatedSince", tooFar)).isInstanceOfSatisfying(Problem.class,
                    problem -> {
                        assertThat(problem.getStatusCode()).isEqualTo(400);
                        assertThat(problem.getParameters()).containsEntry("field", "updatedSince");
                    });
        }
        assertThatThrownBy(() -> QueryParameters.date("releaseFrom", "+999999999-12-31")).isInstanceOf(Problem.class);
    }
}

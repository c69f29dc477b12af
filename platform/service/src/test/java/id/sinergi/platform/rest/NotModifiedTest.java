package id.sinergi.platform.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotModifiedTest {

    @Test
    void theSameTagMatches() {
        assertThat(NotModified.matches("\"3\"", "\"3\"")).isTrue();
        assertThat(NotModified.matches("\"4\"", "\"3\"")).isFalse();
    }

    @Test
    void anyTagMatchesStar() {
        assertThat(NotModified.matches("*", "\"3\"")).isTrue();
    }

    @Test
    void oneTagOfAListMatches() {
        assertThat(NotModified.matches("\"1\", \"2\" ,\"3\"", "\"3\"")).isTrue();
        assertThat(NotModified.matches("\"1\", \"2\"", "\"3\"")).isFalse();
    }

    @Test
    void weakComparisonIgnoresWOnEitherSide() {
        assertThat(NotModified.matches("W/\"3\"", "\"3\"")).isTrue();
        assertThat(NotModified.matches("\"3\"", "W/\"3\"")).isTrue();
        assertThat(NotModified.matches("W/\"3\"", "W/\"3\"")).isTrue();
    }

    @Test
    void theQuotesArePartOfTheTag() {
        assertThat(NotModified.matches("3", "\"3\"")).isFalse();
        assertThat(NotModified.matches("\"31\"", "\"3\"")).isFalse();
        assertThat(NotModified.matches("", "\"3\"")).isFalse();
    }
}

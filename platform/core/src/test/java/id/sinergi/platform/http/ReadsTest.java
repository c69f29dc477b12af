package id.sinergi.platform.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadsTest {

    @Test
    void getHeadOptionsAndSearchesByBodyAreReads() {
        assertThat(Reads.isRead("GET", "/api/v1/inmates")).isTrue();
        assertThat(Reads.isRead("HEAD", "/api/v1/inmates")).isTrue();
        assertThat(Reads.isRead("OPTIONS", "/api/v1/inmates")).isTrue();
        assertThat(Reads.isRead("POST", "/api/v1/inmates/search")).isTrue();
        assertThat(Reads.isRead("POST", "/api/v1/liaison/incidents/search/")).isTrue();
    }

    @Test
    void everyOtherPostAndEveryPutIsAWrite() {
        assertThat(Reads.isRead("POST", "/api/v1/inmates")).isFalse();
        assertThat(Reads.isRead("POST", "/api/v1/inmates/0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10/release")).isFalse();
        assertThat(Reads.isRead("POST", "/api/v1/inmates/searches")).isFalse();
        assertThat(Reads.isRead("PUT", "/api/v1/inmates/search")).isFalse();
        assertThat(Reads.isRead("DELETE", "/api/v1/inmates/search")).isFalse();
        assertThat(Reads.isRead("POST", null)).isFalse();
    }
}

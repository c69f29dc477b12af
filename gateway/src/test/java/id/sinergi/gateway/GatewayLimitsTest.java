package id.sinergi.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.local.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway answers on its own to a request too large to pass on: problem+json with a type,
 * like every other answer it makes. Sent over a raw socket, as such requests come: an HTTP client
 * library would refuse to send some of them.
 */
@QuarkusTest
@WithTestResource(EchoUpstream.class)
class GatewayLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = DevTokens.mint("gw-limits", "lapas-registrar", "LAPAS", "LAPAS-AMUNTAI");

    @TestHTTPResource("/")
    URL gateway;

    record Answer(int status, Map<String, String> headers, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @Test
    void aUriOverTheLimitIs414Problem() throws IOException {
        Answer answer = send("GET /api/v1/inmates?q=" + "x".repeat(5_000) + " HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Bearer " + TOKEN + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.headers()).containsEntry("content-type", "application/problem+json");
        assertThat(answer.json().path("type").asText()).isEqualTo("https://sinergi.id/problems/uri-too-long");
        assertThat(answer.json().path("status").asInt()).isEqualTo(414);
        assertThat(answer.json().path("detail").asText()).contains("4000");
    }

    @Test
    void headersOverTheLimitAre431Problem() throws IOException {
        Answer answer = send("GET /api/v1/inmates HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN + "\r\n"
                + "X-Padding: " + "p".repeat(20_000) + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.headers()).containsEntry("content-type", "application/problem+json");
        assertThat(answer.json().path("type").asText()).isEqualTo("https://sinergi.id/problems/headers-too-large");
        assertThat(answer.json().path("instance").asText()).isEqualTo("/api/v1/inmates");
    }

    @Test
    void theLimitsHoldWithoutATokenAndOutsideTheApiToo() throws IOException {
        Answer answer = send("GET /q/health/ready?x=" + "x".repeat(5_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.headers()).containsEntry("content-type", "application/problem+json");
    }

    @Test
    void aRequestJustUnderTheLimitsPassesThrough() throws IOException {
        Answer answer = send("GET /api/v1/inmates?q=" + "x".repeat(3_900) + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TOKEN + "\r\nX-Padding: " + "p".repeat(10_000) + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("path").asText()).isEqualTo("/api/v1/inmates");
    }

    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("an HTTP answer: %s", text).isPositive();
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}

package id.sinergi.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls through the gateway with a plain JDK client: exact bytes and headers (bad input must reach
 * the services as written), safe from many threads at once, and cheap on a machine whose two cores
 * also run the system under test.
 */
final class Gateway {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than the gateway's own timeout towards a service: a hang shows as the gateway's 504. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    // HTTP/1.1, as the agencies' systems call today: over an HTTP/2 upgrade, headers beyond the
    // gateway's limit end the connection (GOAWAY, RFC 9113 §10.5.1) instead of answering 431.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    Gateway(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static Gateway of() {
        return new Gateway(RunningStack.get().gatewayUrl());
    }

    /** An answer: status, headers, body. */
    record Answer(int status, HttpResponse<byte[]> response) {

        String body() {
            return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body(), e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        boolean isProblem() {
            return contentType() != null && contentType().startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            String text = body();
            return status + " " + contentType() + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    /** A request being built: method, path, token, headers, body. */
    final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Call as(String token) {
            return token == null ? this : header("Authorization", "Bearer " + token);
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call ifMatch(String etag) {
            return header("If-Match", etag);
        }

        Call idempotencyKey(String key) {
            return header("Idempotency-Key", key);
        }

        Call json(Object value) {
            try {
                return body(value instanceof String text ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : JSON.writeValueAsBytes(value), "application/json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Call body(byte[] bytes, String contentType) {
            body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            return contentType == null ? this : header("Content-Type", contentType);
        }

        Answer send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                    .method(method, body);
            headers.forEach(request::header);
            try {
                HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Answer(response.statusCode(), response);
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    Call get(String path) {
        return new Call("GET", path);
    }

    Call post(String path) {
        return new Call("POST", path);
    }

    Call put(String path) {
        return new Call("PUT", path);
    }

    Call call(String method, String path) {
        return new Call(method, path);
    }
}

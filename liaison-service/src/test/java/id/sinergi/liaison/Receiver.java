package id.sinergi.liaison;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * An agency system's webhook endpoint on loopback: a real HTTP server on a free port of 127.0.0.1
 * that records every request it gets and answers what the test says (a status, after a delay).
 */
final class Receiver implements AutoCloseable {

    /** One POST as received. */
    record Request(Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** What to answer to the n-th request (from 1): a status after a delay. */
    record Answer(int status, Duration delay) {

        static Answer status(int status) {
            return new Answer(status, Duration.ZERO);
        }
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService replies = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntFunction<Answer> answers = n -> Answer.status(204);
    private volatile HttpServer server;
    private final int port;

    private Receiver(int port) {
        this.port = port;
    }

    /** Started on a free port. */
    static Receiver start() {
        Receiver receiver = new Receiver(0);
        receiver.listen(0);
        return receiver;
    }

    private void listen(int on) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), on), 0);
            http.setExecutor(Executors.newCachedThreadPool());
            http.createContext("/hooks", exchange -> {
                int n = count.incrementAndGet();
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Answer answer = answers.apply(n);
                // A slow endpoint answers later from the scheduler; no thread waits for it.
                replies.schedule(() -> {
                    requests.add(new Request(Map.copyOf(headers), body));
                    try {
                        exchange.sendResponseHeaders(answer.status(), -1);
                    } catch (IOException e) {
                        // the sender gave up waiting (its timeout): what a slow endpoint meets
                    }
                    exchange.close();
                }, answer.delay().toMillis(), TimeUnit.MILLISECONDS);
            });
            http.start();
            server = http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server != null ? server.getAddress().getPort() : port;
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hooks/sinergi";
    }

    void answer(IntFunction<Answer> answers) {
        this.answers = answers;
    }

    /** Requests answered so far (a request still being delayed is not among them). */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    int received() {
        return count.get();
    }

    /** Down: nothing listens on the port any more. */
    void stop() {
        server.stop(0);
    }

    /** Up again on the same port. */
    Receiver restart() {
        int same = server.getAddress().getPort();
        Receiver again = new Receiver(same);
        again.answers = answers;
        again.requests.addAll(requests);
        again.count.set(count.get());
        again.listen(same);
        return again;
    }

    @Override
    public void close() {
        server.stop(0);
        replies.shutdownNow();
    }
}

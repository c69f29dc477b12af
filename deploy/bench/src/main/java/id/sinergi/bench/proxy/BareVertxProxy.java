package id.sinergi.bench.proxy;

import id.sinergi.local.StackSettings;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * The floor of the gateway's stack, for the proxy benchmark: Vert.x's HTTP reverse proxy and
 * nothing else (no router, token, rate limit, request id, metrics or Quarkus), one server and one
 * upstream client per event loop as in the gateway, on the gateway's JVM options. What it costs per
 * request is what any gateway built on this stack costs at least; the rest of the gateway's cost is
 * the gateway's own work.
 *
 * <pre>
 *   java $(java -cp … BareVertxProxy --jvm-options) -cp … BareVertxProxy PORT UPSTREAM_HOST UPSTREAM_PORT
 * </pre>
 */
public class BareVertxProxy extends AbstractVerticle {

    /** As many as Quarkus gives the gateway: two per core. */
    private static final int EVENT_LOOPS = 2 * Runtime.getRuntime().availableProcessors();

    public static void main(String[] args) {
        if (args.length == 1 && "--jvm-options".equals(args[0])) {
            System.out.println(String.join(" ", StackSettings.GATEWAY_JVM_OPTIONS));
            return;
        }
        if (args.length != 3) {
            System.err.println("usage: BareVertxProxy PORT UPSTREAM_HOST UPSTREAM_PORT | --jvm-options");
            System.exit(2);
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(EVENT_LOOPS));
        vertx.deployVerticle(() -> new BareVertxProxy(Integer.parseInt(args[0]), args[1], Integer.parseInt(args[2])),
                        new DeploymentOptions().setInstances(EVENT_LOOPS))
                .onSuccess(deployment -> System.out.println("Bare Vert.x proxy on 127.0.0.1:" + args[0]))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    private final int port;
    private final String upstreamHost;
    private final int upstreamPort;

    private BareVertxProxy(int port, String upstreamHost, int upstreamPort) {
        this.port = port;
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
    }

    @Override
    public void start(Promise<Void> started) {
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(64)))
                .origin(upstreamPort, upstreamHost);
        vertx.createHttpServer()
                .requestHandler(proxy)
                .listen(port, "127.0.0.1")
                .<Void>mapEmpty()
                .onComplete(started);
    }
}

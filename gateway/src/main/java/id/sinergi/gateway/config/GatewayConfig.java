package id.sinergi.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The services behind the gateway and the path prefixes each one serves. */
@ConfigMapping(prefix = "sinergi.gateway")
public interface GatewayConfig {

    /** Service name → where it listens and what it serves. */
    Map<String, Upstream> upstreams();

    /** How long to wait to connect to a service. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    interface Upstream {
        URI url();

        List<String> paths();
    }
}

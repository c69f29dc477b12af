package id.sinergi.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The services behind the gateway, what each serves and to whom, and the gateway's own limits. */
@ConfigMapping(prefix = "sinergi.gateway")
public interface GatewayConfig {

    /** Service name → where it listens and what it serves. */
    Map<String, Upstream> upstreams();

    /** How long to wait to connect to a service. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    RateLimit rateLimit();

    /** The largest body the gateway lets through (checked against Content-Length). */
    @WithDefault("10M")
    MemorySize maxBodySize();

    /** The longest URI (path and query) the gateway takes; longer answers 414. Below what the services take. */
    @WithDefault("4000")
    int maxUriLength();

    /** The most header bytes the gateway takes; more answers 431. Below what the services take. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    interface Upstream {
        URI url();

        /** Path prefixes the service owns, e.g. {@code /api/v1/inmates}. */
        List<String> paths();

        /** Roles allowed through to this service; none means every authenticated caller. */
        Optional<List<String>> roles();

        /** How long the service may take to answer before the gateway answers 504. */
        @WithDefault("PT10S")
        Duration timeout();

        /**
         * How many reads (GET, HEAD, OPTIONS) this replica has with the service at once; more are
         * refused at once with 503 {@code overloaded} (see InFlightLimit). At the thousand and more
         * reads a second a service answers, 64 wait a few tens of milliseconds at most.
         */
        @WithDefault("64")
        int maxInFlight();

        /**
         * How many writes this replica has with the service at once, refused above it like reads.
         * 16 keeps a write's wait under half a second even at the 35 admissions a second two busy
         * cores were measured to carry.
         */
        @WithDefault("16")
        int maxWritesInFlight();
    }

    interface RateLimit {
        /** Requests per second a client (token subject) may make on average. */
        @WithDefault("50")
        long requestsPerSecond();

        /** How many requests a client may make at once above the average. */
        @WithDefault("100")
        long burst();
    }
}

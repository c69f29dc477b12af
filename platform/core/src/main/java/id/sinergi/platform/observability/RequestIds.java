package id.sinergi.platform.observability;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The request id that follows one request from the gateway into the service that answers it: the
 * gateway keeps a caller's {@value #HEADER} when it is acceptable and makes one otherwise, every
 * log line of the request carries it (MDC {@value #MDC_KEY}), and so do problem+json answers.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key of the request id; log formats and problem+json answers read it. */
    public static final String MDC_KEY = "requestId";
    /** The MDC key of the caller's token subject. */
    public static final String MDC_SUBJECT = "userSubject";
    /** The longest request id taken from a caller; a longer one is replaced (gateway) or left out of logs (services). */
    public static final int MAX_LENGTH = 200;

    private RequestIds() {
    }

    /** True for a request id worth keeping: present, not blank, at most {@value #MAX_LENGTH} characters. */
    public static boolean acceptable(String requestId) {
        return requestId != null && !requestId.isBlank() && requestId.length() <= MAX_LENGTH;
    }

    /**
     * A random (version 4) UUID. Request ids only need to be unique, not unguessable, so they come
     * from the thread's fast generator instead of the contended SecureRandom behind UUID.randomUUID.
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}

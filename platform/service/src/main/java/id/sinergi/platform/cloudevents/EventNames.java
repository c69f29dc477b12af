package id.sinergi.platform.cloudevents;

import java.util.regex.Pattern;

/**
 * The one mapping between the name a service gives an event ({@code inmate.admitted}: the producing
 * service's short name, a dot, what happened) and the CloudEvents attributes that name it on a topic
 * and in a webhook: {@code type} with the project's reverse-DNS prefix ({@code id.sinergi.inmate.admitted})
 * and {@code source}, an absolute URI of the producing service
 * ({@code https://sinergi.id/services/inmate-service}). ADR 0023 says why, and how the names changed.
 *
 * <p>Before issue 24 an event's {@code type} was its bare name and its {@code source} the bare service
 * name. Events in that form are still on the topics, in the outboxes and in the dead-letter topics, so
 * they are <em>normalised</em> here: a legacy type or source is read as the new one it stands for.
 * Services keep naming their events by name (the outbox stores it, consumers key their handlers by
 * it); only the edges, where an event is published or decoded, speak CloudEvents types.
 *
 * <p>The prefix and the base are constants, not settings: they are part of the contract every
 * consumer and webhook subscriber matches on, and two services configured apart would silently stop
 * understanding each other.
 */
public final class EventNames {

    /** The reverse-DNS prefix of every Sinergi event type: the project's domain, {@code sinergi.id}, reversed. */
    public static final String TYPE_PREFIX = "id.sinergi.";

    /** A service's {@code source} is this followed by its name ({@code quarkus.application.name}). */
    public static final String SOURCE_BASE = "https://sinergi.id/services/";

    /** A name as Sinergi gives it, and as the type was written before issue 24: {@code <service>.<what-happened>}. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*\\.[a-z][a-z0-9-]*");

    /** A source as it was written before issue 24: the bare service name. */
    private static final Pattern LEGACY_SOURCE = Pattern.compile("[a-z][a-z0-9-]*");

    private EventNames() {
    }

    /** The CloudEvents {@code type} of an event name: {@code inmate.admitted} → {@code id.sinergi.inmate.admitted}. */
    public static String type(String eventName) {
        return TYPE_PREFIX + requireEventName(eventName);
    }

    /** The name itself, when it is an event name ({@code <service>.<what-happened>}, lower case). */
    public static String requireEventName(String eventName) {
        if (eventName == null || !NAME.matcher(eventName).matches()) {
            throw new IllegalArgumentException("'" + eventName + "' is not an event name (<service>.<what-happened>)");
        }
        return eventName;
    }

    /** The CloudEvents {@code source} of a service: {@code inmate-service} → {@code https://sinergi.id/services/inmate-service}. */
    public static String source(String serviceName) {
        if (!LEGACY_SOURCE.matcher(serviceName).matches()) {
            throw new IllegalArgumentException("'" + serviceName + "' is not a service name");
        }
        return SOURCE_BASE + serviceName;
    }

    /** Whether a {@code type} is in the form before issue 24: a bare event name, without the prefix. */
    public static boolean isLegacyType(String type) {
        return NAME.matcher(type).matches();
    }

    /** Whether a {@code source} is in the form before issue 24: a bare service name, not a URI. */
    public static boolean isLegacySource(String source) {
        return LEGACY_SOURCE.matcher(source).matches();
    }

    /** The type a legacy type stands for; any other type as it is (a type of another producer stays unknown). */
    public static String normalisedType(String type) {
        return isLegacyType(type) ? type(type) : type;
    }

    /** The source a legacy source stands for; any other source as it is. */
    public static String normalisedSource(String source) {
        return isLegacySource(source) ? source(source) : source;
    }

    /**
     * The event name a type (new or legacy) stands for: {@code id.sinergi.inmate.admitted} and
     * {@code inmate.admitted} → {@code inmate.admitted}. A type that is not Sinergi's stays as it is, so
     * no handler or subscription ever matches it.
     */
    public static String eventName(String type) {
        if (type.startsWith(TYPE_PREFIX) && NAME.matcher(type.substring(TYPE_PREFIX.length())).matches()) {
            return type.substring(TYPE_PREFIX.length());
        }
        return type;
    }
}

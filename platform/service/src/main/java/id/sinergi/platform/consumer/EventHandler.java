package id.sinergi.platform.consumer;

/**
 * Applies one event to a service's own state. Runs inside the transaction that also records the
 * event as processed; throwing rolls both back and the event is retried.
 */
@FunctionalInterface
public interface EventHandler {
    void apply(IncomingEvent event) throws Exception;
}

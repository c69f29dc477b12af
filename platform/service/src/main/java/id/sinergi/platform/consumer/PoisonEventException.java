package id.sinergi.platform.consumer;

/**
 * The event can never be applied (it is not a CloudEvent, or its data breaks the contract):
 * retrying is pointless, it goes straight to the dead-letter topic.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

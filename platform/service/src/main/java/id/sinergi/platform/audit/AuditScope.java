package id.sinergi.platform.audit;

/**
 * Names the actor and action of changes made outside an HTTP request (an event consumer, a job),
 * for the current thread. Inside a request the actor is the token's subject and the action the
 * operation called; without either the trail says {@value #SYSTEM}.
 *
 * <pre>{@code
 * try (AuditScope.Opened ignored = AuditScope.open("system:escalation-job", "escalate")) { ... }
 * }</pre>
 */
public final class AuditScope {

    public static final String SYSTEM = "system";

    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    /** Who acts and through which action. */
    public record Actor(String actor, String action) {
    }

    /** Closing it restores the scope that was open before. */
    public interface Opened extends AutoCloseable {
        @Override
        void close();
    }

    private AuditScope() {
    }

    public static Opened open(String actor, String action) {
        Actor previous = CURRENT.get();
        CURRENT.set(new Actor(actor, action));
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    static Actor current() {
        return CURRENT.get();
    }
}

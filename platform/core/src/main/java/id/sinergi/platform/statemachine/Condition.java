package id.sinergi.platform.statemachine;

import java.util.function.Predicate;

/**
 * What must hold, beside the state, for a transition to apply: a named test of the subject the
 * machine is asked about (the record itself, or what the service knows around it, such as a
 * programme's free places). Named, so that {@code GET …/state-machine} can show it.
 */
public record Condition<C>(String name, String description, Predicate<? super C> test) {

    private static final Condition<Object> ALWAYS = new Condition<>("ALWAYS", "always", subject -> true);

    @SuppressWarnings("unchecked")
    public static <C> Condition<C> always() {
        return (Condition<C>) ALWAYS;
    }

    public static <C> Condition<C> of(String name, String description, Predicate<? super C> test) {
        return new Condition<>(name, description, test);
    }

    public boolean holds(C subject) {
        return test.test(subject);
    }
}

package id.sinergi.program.domain;

import java.util.function.LongSupplier;

/**
 * How many of a programme's places are taken: what the enrolment table's conditions test
 * ({@link EnrolmentMachine#PLACE_AVAILABLE}, {@link EnrolmentMachine#PROGRAMME_FULL}). The places
 * are counted when a condition first asks (most rows do not), once.
 */
public final class ProgrammePlaces {

    private final int capacity;
    private final LongSupplier counter;
    private Long taken;

    private ProgrammePlaces(int capacity, LongSupplier counter, Long taken) {
        this.capacity = capacity;
        this.counter = counter;
        this.taken = taken;
    }

    /** Places already counted (a page of enrolments counts its programmes' places in one query). */
    public static ProgrammePlaces of(int capacity, long taken) {
        return new ProgrammePlaces(capacity, null, taken);
    }

    /** Places counted by {@code counter} when a condition first asks. */
    public static ProgrammePlaces counted(int capacity, LongSupplier counter) {
        return new ProgrammePlaces(capacity, counter, null);
    }

    public int capacity() {
        return capacity;
    }

    /** ACTIVE and SUSPENDED enrolments. */
    public long taken() {
        if (taken == null) {
            taken = counter.getAsLong();
        }
        return taken;
    }

    public boolean hasFree() {
        return taken() < capacity;
    }
}

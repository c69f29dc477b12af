package id.sinergi.program.command;

import java.time.LocalDate;
import java.util.List;

/**
 * What a programme's description and eligibility say, as a new programme and an update both give
 * it (the code and category are fixed at creation).
 */
public interface ProgrammeDefinition {

    String name();

    String description();

    String partner();

    int capacity();

    LocalDate startsOn();

    LocalDate endsOn();

    /** Null: every register class and risk level may join. */
    Eligibility eligibility();

    default List<String> eligibleClasses() {
        return eligibility() == null ? List.of() : eligibility().classes();
    }

    default List<String> eligibleRiskLevels() {
        return eligibility() == null ? List.of() : eligibility().riskLevelNames();
    }
}

package id.sinergi.program.command;

import java.time.LocalDate;
import java.util.List;

/**
 * What a programme's description and eligibility say, as a new programme and an update both give
 * it (the code and category are fixed at creation).
 */
public interface ProgrammeDefinition {

    /** A Polres unit's code as the tokens' {@code unit} claim carries it, e.g. POLRES-HSU. */
    String POLRES_UNIT = "POLRES-[A-Z0-9][A-Z0-9-]{0,38}[A-Z0-9]";

    String name();

    String description();

    String partner();

    /** Null: the Lapas runs the programme alone. */
    String coOrganiserUnit();

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

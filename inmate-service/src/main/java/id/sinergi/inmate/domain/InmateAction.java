package id.sinergi.inmate.domain;

import id.sinergi.platform.auth.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The actions on a WBP's record, as data: when each is allowed and who may take it. One table
 * answers both "may this happen now?" (409 lists the allowed ones otherwise) and the
 * {@code GET /api/v1/inmates/actions} description for integrators.
 */
public enum InmateAction {
    UPDATE_PERSONAL_DETAILS("update-personal-details", "Correct identity data", Inmate::isInCustody,
            Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD),
    ASSESS_RISK("assess-risk", "Record a risk assessment", Inmate::isInCustody,
            Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD),
    MOVE_OUT("move-out", "Leave the facility for court, a police loan or medical care", Inmate::isInFacility,
            Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD),
    RETURN("return", "Come back from court, a police loan or medical care",
            inmate -> inmate.isInCustody() && inmate.location != Location.IN_FACILITY,
            Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD),
    MOVE_CELL("move-cell", "Move to another cell block", Inmate::isInFacility,
            Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD),
    TRANSFER("transfer", "Transfer to another facility (mutasi)", Inmate::isInFacility,
            Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD),
    GRANT_REMISSION("grant-remission", "Record a remission (convicts)",
            inmate -> inmate.isInCustody() && inmate.hasSentence(),
            Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD),
    CHANGE_CLASS("change-class", "Record the verdict: detainee becomes convict",
            inmate -> inmate.isInCustody() && inmate.registerClass.isDetainee(),
            Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD),
    RELEASE("release", "Release from the register", Inmate::isInFacility,
            Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD);

    private final String name;
    private final String description;
    private final Predicate<Inmate> allowedWhen;
    private final Set<String> roles;

    InmateAction(String name, String description, Predicate<Inmate> allowedWhen, String... roles) {
        this.name = name;
        this.description = description;
        this.allowedWhen = allowedWhen;
        this.roles = Set.of(roles);
    }

    public String actionName() {
        return name;
    }

    public String description() {
        return description;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean isAllowedFor(Inmate inmate) {
        return allowedWhen.test(inmate);
    }

    public static List<String> allowedFor(Inmate inmate) {
        return Arrays.stream(values()).filter(action -> action.isAllowedFor(inmate)).map(InmateAction::actionName).toList();
    }
}

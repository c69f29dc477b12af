package id.sinergi.program.command;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a state-machine action (approve, suspend, cancel…): its reason, where the table requires one. */
@Schema(name = "ActionRequest", description = "Why: required where the state machine says so (`reasonRequired`).")
public record ActionRequest(@Schema(examples = "Disciplinary hearing pending") @Size(max = 2000) String reason) {

    /** The reason of a body that may be absent. */
    public static String reasonOf(ActionRequest action) {
        return action == null ? null : action.reason();
    }
}

package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.StateMachine;
import id.sinergi.liaison.domain.Transition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "StateMachine", description = """
        A state machine as data: its states and every allowed transition, the roles that may take it
        (none: only the service itself, on a schedule) and whether a reason is required. An action
        that the current state does not allow answers 409 with the allowed ones.""")
public record StateMachineView(@Schema(examples = "police-loan") String name, List<String> states,
                               List<TransitionView> transitions) {

    @Schema(name = "Transition")
    public record TransitionView(@Schema(examples = "check-out") String action, @Schema(examples = "APPROVED") String from,
                                 @Schema(examples = "CHECKED_OUT") String to,
                                 @Schema(description = "Who may take it, sorted; empty when only the service does (bySystem).")
                                 List<String> roles, boolean bySystem,
                                 boolean reasonRequired, String description) {
    }

    public static <S extends Enum<S>> StateMachineView of(StateMachine<S> machine) {
        return new StateMachineView(machine.name(), machine.states().stream().map(Enum::name).toList(),
                machine.transitions().stream().map(StateMachineView::transition).toList());
    }

    private static <S extends Enum<S>> TransitionView transition(Transition<S> t) {
        return new TransitionView(t.action(), t.from().name(), t.to().name(), t.roles().stream().sorted().toList(),
                t.bySystem(), t.reasonRequired(),
                t.description());
    }
}

package id.sinergi.platform.statemachine;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A state machine as {@code GET …/state-machine} shows it: every state and every allowed transition. */
@Schema(name = "StateMachine", description = """
        A kind of record's life as data: its states and every allowed transition, with the roles that
        may take it (none: only the service itself), whether a reason is required and the condition
        that must hold. An action the current state does not allow answers 409 with the allowed ones.""")
public record StateMachineDescription(@Schema(examples = "enrolment") String name,
                                      List<StateDescription> states,
                                      List<TransitionDescription> transitions) {

    @Schema(name = "StateDescription")
    public record StateDescription(@Schema(examples = "ACTIVE") String state,
                                   @Schema(description = "No transition leaves it.") boolean terminal) {
    }

    @Schema(name = "TransitionDescription")
    public record TransitionDescription(
            @Schema(description = "null: the action that creates the record.", examples = "ACTIVE") String from,
            @Schema(examples = "suspend") String action,
            @Schema(description = "null: the state stays.", examples = "SUSPENDED") String to,
            @Schema(description = "Who may take it, sorted; empty when only the service does.") List<String> roles,
            @Schema(description = "Only the service takes it (a schedule, an event).") boolean bySystem,
            boolean reasonRequired,
            @Schema(description = "What must hold beside the state.", examples = "ALWAYS") String condition,
            @Schema(description = "The condition in words.", examples = "always") String conditionDescription,
            String description) {
    }

    static <S extends Enum<S>, C> StateMachineDescription of(StateMachine<S, C> machine) {
        return new StateMachineDescription(machine.name(),
                machine.states().stream()
                        .map(s -> new StateDescription(s.name(), machine.transitions().stream().noneMatch(t -> t.from() == s)))
                        .toList(),
                machine.transitions().stream()
                        .map(t -> new TransitionDescription(name(t.from()), t.action(), name(t.to()),
                                t.roles().stream().sorted().toList(), t.bySystem(), t.reasonRequired(),
                                t.condition().name(), t.condition().description(), t.description()))
                        .toList());
    }

    private static String name(Enum<?> state) {
        return state == null ? null : state.name();
    }
}

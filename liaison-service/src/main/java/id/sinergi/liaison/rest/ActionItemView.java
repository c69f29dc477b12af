package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.ActionItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "ActionItem", description = "An action item of a coordination meeting.")
public record ActionItemView(
        UUID id,
        UUID meetingId,
        String description,
        @Schema(examples = "POLRES") String ownerAgency,
        @Schema(examples = "Kasat Samapta Polres HSU") String assignee,
        LocalDate dueOn,
        ActionItem.State state,
        @Schema(description = "Open or in progress after `dueOn`.") boolean overdue,
        String completedBy,
        OffsetDateTime completedAt,
        @Schema(description = "The completion's note, or why it was cancelled.") String note,
        List<String> allowedActions,
        long version) {

    public static ActionItemView of(ActionItem a, LocalDate today) {
        return new ActionItemView(a.id, a.meetingId, a.description, a.ownerAgency, a.assignee, a.dueOn, a.state,
                a.isOverdue(today), a.completedBy, a.completedAt, a.note, ActionItem.MACHINE.allowedActions(a.state, a),
                a.version);
    }
}

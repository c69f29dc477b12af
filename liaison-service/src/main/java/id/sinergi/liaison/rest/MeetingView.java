package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.Meeting;
import id.sinergi.liaison.service.Meetings;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Meeting", description = "A coordination meeting (rapat koordinasi) with its action items.")
public record MeetingView(
        UUID id,
        String title,
        OffsetDateTime startsAt,
        String place,
        List<String> agenda,
        @Schema(description = "Invited; once HELD, those present.") List<Meeting.Attendee> attendees,
        @Schema(examples = "POLRES-HSU") String polresUnit,
        Meeting.State state,
        String minutes,
        List<String> decisions,
        List<ActionItemView> actionItems,
        String createdBy,
        OffsetDateTime createdAt,
        String recordedBy,
        OffsetDateTime recordedAt,
        @Schema(description = "Why it was cancelled.") String reason,
        List<String> allowedActions,
        long version) {

    /** The meeting with its ETag. */
    static Response answer(Meetings.Details details) {
        return Answers.ok(of(details), details.meeting().version);
    }

    public static MeetingView of(Meetings.Details details) {
        Meeting m = details.meeting();
        return new MeetingView(m.id, m.title, m.startsAt, m.place, List.copyOf(m.agenda), details.attendees(), m.polresUnit, m.state,
                m.minutes, List.copyOf(m.decisions),
                details.actionItems().stream().map(item -> ActionItemView.of(item, details.today())).toList(), m.createdBy,
                m.createdAt, m.recordedBy, m.recordedAt, m.reason, Meeting.MACHINE.allowedActions(m.state, m), m.version);
    }
}

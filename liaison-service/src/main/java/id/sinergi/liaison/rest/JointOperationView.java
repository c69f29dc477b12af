package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.Finding;
import id.sinergi.liaison.domain.JointOperation;
import id.sinergi.liaison.service.JointOperations;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "JointOperation", description = "A joint search operation (razia gabungan) with its findings.")
public record JointOperationView(
        UUID id,
        String name,
        OffsetDateTime plannedFor,
        List<String> blocks,
        List<String> units,
        List<JointOperation.Officer> officers,
        @Schema(examples = "POLRES-HSU") String polresUnit,
        JointOperation.State state,
        List<FindingView> findings,
        String createdBy,
        OffsetDateTime createdAt,
        String conductedBy,
        OffsetDateTime conductedAt,
        String debriefNotes,
        String debriefedBy,
        OffsetDateTime debriefedAt,
        @Schema(description = "Why it was cancelled.") String reason,
        List<String> allowedActions,
        long version) {

    @Schema(name = "Finding")
    public record FindingView(UUID id, Finding.Kind kind, String description, int quantity, String block,
                              @Schema(description = "The WBP it was found on or with.") UUID inmateId, String registerNumber,
                              @Schema(description = "The incident it led to.") UUID incidentId, String recordedBy,
                              OffsetDateTime recordedAt) {

        static FindingView of(Finding f) {
            return new FindingView(f.id, f.kind, f.description, f.quantity, f.block, f.inmateId, f.registerNumber,
                    f.incidentId, f.recordedBy, f.recordedAt);
        }
    }

    /** The operation with its ETag. */
    static Response answer(JointOperations.Details details) {
        return Answers.ok(of(details), details.operation().version);
    }

    public static JointOperationView of(JointOperations.Details details) {
        JointOperation o = details.operation();
        return new JointOperationView(o.id, o.name, o.plannedFor, List.copyOf(o.blocks), List.copyOf(o.units),
                details.officers(), o.polresUnit, o.state, details.findings().stream().map(FindingView::of).toList(), o.createdBy, o.createdAt,
                o.conductedBy, o.conductedAt, o.debriefNotes, o.debriefedBy, o.debriefedAt, o.reason,
                JointOperation.MACHINE.allowedActions(o.state, o), o.version);
    }
}

package id.sinergi.liaison.command;

import id.sinergi.liaison.domain.ActionItem;
import id.sinergi.liaison.domain.Agreement;
import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.JointOperation;
import id.sinergi.liaison.domain.Meeting;
import id.sinergi.platform.json.NoUnknownFields;
import id.sinergi.platform.paging.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Bodies of the searches by body ({@code POST …/search}): the filters of a list's query, free text
 * ({@code q}) included, which can name a person and so is kept out of URLs and access logs. Every
 * field may be left out ({@code page} 0 and {@code size} 20 by default); an unknown field is refused.
 */
public final class SearchRequests {

    private static final String Q = "Words to find (they may name a person: this is why they go in a body)";
    private static final String PAGE = "Page number, from 0";
    private static final String SIZE = "Items per page, 1 to 100";

    private SearchRequests() {
    }

    private static int pageOrFirst(Integer page) {
        return page == null ? 0 : page;
    }

    private static int sizeOrDefault(Integer size) {
        return size == null ? 20 : size;
    }

    @NoUnknownFields
    @Schema(name = "IncidentSearch", additionalProperties = Schema.False.class,
            description = "The filters of `GET /api/v1/liaison/incidents`, with the page.")
    public record IncidentSearch(
            Incident.State state,
            @Schema(description = "true: not CLOSED; false: CLOSED") Boolean open,
            Incident.Type type,
            Incident.Severity severity,
            @Schema(description = "true: shared with Polres") Boolean shared,
            @Schema(description = "Polres's follow-up status of a shared incident",
                    enumeration = {"RECEIVED", "UNDER_INVESTIGATION", "CHARGED", "CLOSED"})
            @Pattern(regexp = "RECEIVED|UNDER_INVESTIGATION|CHARGED|CLOSED",
                    message = "{sinergi.police-status}") String policeStatus,
            @Schema(description = "Incidents involving this WBP", examples = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10") UUID inmateId,
            @Schema(description = "Occurred on or after (UTC date)", examples = "2026-11-01") LocalDate occurredFrom,
            @Schema(description = "Occurred on or before (UTC date)", examples = "2026-11-30") LocalDate occurredTo,
            @Schema(description = Q, examples = "telepon blok a") String q,
            @Schema(description = "One facility of the caller's scope (another facility's: 404)", examples = "LAPAS-AMUNTAI")
            String facility,
            @Schema(description = PAGE, examples = "0", defaultValue = "0") @Min(0) Integer page,
            @Schema(description = SIZE, examples = "20", defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {

        public IncidentSearch {
            page = pageOrFirst(page);
            size = sizeOrDefault(size);
        }
    }

    @NoUnknownFields
    @Schema(name = "MeetingSearch", additionalProperties = Schema.False.class,
            description = "The filters of `GET /api/v1/liaison/meetings`, with the page.")
    public record MeetingSearch(
            Meeting.State state,
            @Schema(description = "Starting on or after (UTC date)", examples = "2026-11-01") LocalDate from,
            @Schema(description = "Starting on or before (UTC date)", examples = "2026-11-30") LocalDate to,
            @Schema(description = Q, examples = "razia") String q,
            @Schema(description = PAGE, examples = "0", defaultValue = "0") @Min(0) Integer page,
            @Schema(description = SIZE, examples = "20", defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {

        public MeetingSearch {
            page = pageOrFirst(page);
            size = sizeOrDefault(size);
        }
    }

    @NoUnknownFields
    @Schema(name = "ActionItemSearch", additionalProperties = Schema.False.class,
            description = "The filters of `GET /api/v1/liaison/action-items`, with the page.")
    public record ActionItemSearch(
            ActionItem.State state,
            @Schema(description = "true: open or in progress past the due date") Boolean overdue,
            @Schema(description = "Owner agency", examples = "POLRES") String ownerAgency,
            @Schema(description = "One meeting's items", examples = "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0e") UUID meetingId,
            @Schema(description = "Due on or after", examples = "2026-12-01") LocalDate dueFrom,
            @Schema(description = "Due on or before", examples = "2026-12-31") LocalDate dueTo,
            @Schema(description = Q, examples = "patroli") String q,
            @Schema(description = PAGE, examples = "0", defaultValue = "0") @Min(0) Integer page,
            @Schema(description = SIZE, examples = "20", defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {

        public ActionItemSearch {
            page = pageOrFirst(page);
            size = sizeOrDefault(size);
        }
    }

    @NoUnknownFields
    @Schema(name = "AgreementSearch", additionalProperties = Schema.False.class,
            description = "The filters of `GET /api/v1/liaison/agreements`, with the page.")
    public record AgreementSearch(
            Agreement.State state,
            Agreement.Kind kind,
            @Schema(description = "ACTIVE and ending within this many days (0–3650)", examples = "60")
            @Min(0) @Max(3650) Integer expiringWithinDays,
            @Schema(description = Q, examples = "pengamanan") String q,
            @Schema(description = PAGE, examples = "0", defaultValue = "0") @Min(0) Integer page,
            @Schema(description = SIZE, examples = "20", defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {

        public AgreementSearch {
            page = pageOrFirst(page);
            size = sizeOrDefault(size);
        }
    }

    @NoUnknownFields
    @Schema(name = "JointOperationSearch", additionalProperties = Schema.False.class,
            description = "The filters of `GET /api/v1/liaison/joint-operations`, with the page.")
    public record JointOperationSearch(
            JointOperation.State state,
            @Schema(description = "Planned on or after (UTC date)", examples = "2026-11-01") LocalDate from,
            @Schema(description = "Planned on or before (UTC date)", examples = "2026-11-30") LocalDate to,
            @Schema(description = Q, examples = "blok a") String q,
            @Schema(description = PAGE, examples = "0", defaultValue = "0") @Min(0) Integer page,
            @Schema(description = SIZE, examples = "20", defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {

        public JointOperationSearch {
            page = pageOrFirst(page);
            size = sizeOrDefault(size);
        }
    }
}

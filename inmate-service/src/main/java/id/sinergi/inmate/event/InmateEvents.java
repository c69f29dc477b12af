package id.sinergi.inmate.event;

import id.sinergi.inmate.domain.Contact;
import id.sinergi.inmate.domain.Escape;
import id.sinergi.inmate.domain.IdentifyingFeatures;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.IntegrationKind;
import id.sinergi.inmate.domain.Location;
import id.sinergi.inmate.domain.MovementKind;
import id.sinergi.inmate.domain.OffenceCategory;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.ReleasePlan;
import id.sinergi.inmate.domain.ReleaseReason;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.domain.SentenceKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The events inmate-service publishes on {@code inmate.events.v1}, keyed by the WBP's id. Every
 * payload carries the WBP's basic view as {@code inmate} (so a consumer can keep its read model
 * from any event) plus what the event is about. Never the NIK; the identifying features and contacts
 * only in {@code inmate.escaped}, for Polres to find the person. Schemas and an example per type:
 * {@code src/main/resources/META-INF/resources/asyncapi/inmate-events.yaml}.
 */
public final class InmateEvents {

    public static final String ADMITTED = "inmate.admitted";
    public static final String UPDATED = "inmate.updated";
    public static final String CLASS_CHANGED = "inmate.class-changed";
    public static final String RISK_CHANGED = "inmate.risk-changed";
    public static final String MOVED = "inmate.moved";
    public static final String TRANSFERRED = "inmate.transferred";
    public static final String TRANSFER_ARRIVED = "inmate.transfer-arrived";
    /** A facility of the directory created or changed; keyed by the facility's code, not a WBP. */
    public static final String FACILITY_CHANGED = "inmate.facility-changed";
    public static final String RELEASE_DUE = "inmate.release-due";
    public static final String DETENTION_EXPIRING = "inmate.detention-expiring";
    public static final String RELEASED = "inmate.released";
    public static final String FINE_PAID = "inmate.fine-paid";
    public static final String SENTENCE_COMMUTED = "inmate.sentence-commuted";
    public static final String INTEGRATION_STARTED = "inmate.integration-started";
    public static final String INTEGRATION_REVOKED = "inmate.integration-revoked";
    public static final String DETENTION_EXTENDED = "inmate.detention-extended";
    public static final String DETENTION_HANDED_OVER = "inmate.detention-handed-over";
    public static final String DETENTION_OVERDUE = "inmate.detention-overdue";
    public static final String ESCAPED = "inmate.escaped";
    public static final String RECAPTURED = "inmate.recaptured";
    public static final String RELEASE_PLANNED = "inmate.release-planned";
    public static final String RE_ARRESTED = "inmate.re-arrested";

    private InmateEvents() {
    }

    /**
     * The basic view of a WBP, as every event carries it, with the version the record has once the
     * transaction that publishes the event commits (the same version its ETag then names). Take it
     * after the change was flushed (Hibernate increments {@code @Version} at flush); an event that
     * does not change the record carries the record's current version.
     */
    public record Snapshot(UUID inmateId, long version, String registerNumber, RegisterClass registerClass, String fullName,
                           RiskLevel riskLevel, InmateStatus status, Location location, String facility,
                           String cellBlock, LocalDate expectedRelease, String detainingAuthority,
                           UUID personId) {

        public static Snapshot of(Inmate inmate) {
            return new Snapshot(inmate.id, inmate.version, inmate.registerNumber, inmate.registerClass, inmate.person.fullName,
                    inmate.riskLevel, inmate.status, inmate.location, inmate.facility, inmate.cellBlock,
                    inmate.expectedRelease(), inmate.detainingAuthority, inmate.personId());
        }
    }

    /** An offence as written, with the law code and category of the offence table (issue 20 point 8). */
    public record OffenceRef(String article, String law, String lawCode, OffenceCategory category) {
    }

    /**
     * A new stay. {@code personId}: the person (the same across their stays); {@code recidivist}: the
     * person had served a conviction here before (see Person#hasServedAConviction).
     */
    public record Admitted(Snapshot inmate, LocalDate admittedOn, List<OffenceRef> offences, UUID personId,
                           boolean recidivist, PreviousStay previousStay) {
    }

    /**
     * The person's last stay here that ended in release (also after an integration): a readmission
     * of a former WBP. Null on {@code inmate.admitted} for a first stay, or when earlier stays ended
     * only in transfer.
     */
    public record PreviousStay(UUID inmateId, String registerNumber, LocalDate releasedOn) {
    }

    /** Who receives the WBP at release (the guarantor, penjamin). */
    public record Receiver(String name, String relationship, String phone) {
    }

    /**
     * Where the WBP will live after release, who receives them and the Bapas; the regency code
     * (Kemendagri, {@code NN.NN}) tells which Polres is responsible.
     */
    public record ReleasePlanData(String address, String village, String district, String regencyCode, String regencyName,
                                  Receiver receivedBy, String bapas, String plannedBy, OffsetDateTime plannedAt) {

        /** The plan as events carry it; null when none is recorded. */
        public static ReleasePlanData of(ReleasePlan plan) {
            return plan == null ? null : new ReleasePlanData(plan.address, plan.village, plan.district, plan.regencyCode,
                    plan.regencyName, new Receiver(plan.receiverName, plan.receiverRelationship, plan.receiverPhone),
                    plan.bapas, plan.plannedBy, plan.plannedAt);
        }

        public static ReleasePlanData ofStay(UUID inmateId) {
            return of(ReleasePlan.of(inmateId).orElse(null));
        }
    }

    /** The release plan recorded (or replaced). */
    public record ReleasePlanned(Snapshot inmate, ReleasePlanData releasePlan) {
    }

    /**
     * Polres recorded the arrest of a former WBP: the person, the stay they were last released from
     * ({@code inmateId}, {@code releasedOn}) and the police report. Never the NIK.
     */
    public record ReArrested(UUID reArrestId, UUID personId, UUID inmateId, String registerNumber, LocalDate releasedOn,
                             LocalDate arrestedOn, String policeReportNumber, String article, String polresUnit,
                             String recordedBy, OffsetDateTime recordedAt) {
    }

    /** Which categories of the record changed: identity, sentence. */
    public record Updated(Snapshot inmate, List<String> changed) {
    }

    /** A sentence's term; {@code kind} the principal sentence (added with sentence kinds: older events lack it). */
    public record SentenceTerm(LocalDate start, int years, int months, int days, SentenceKind kind) {
    }

    public record ClassChanged(Snapshot inmate, RegisterClass previousClass, SentenceTerm sentence) {
    }

    public record RiskChanged(Snapshot inmate, RiskLevel previousLevel, String reason) {
    }

    public enum Direction { OUT, IN, WITHIN }

    /** Out of or back into the facility (court, police loan, medical), or between cell blocks. */
    public record Moved(Snapshot inmate, Direction direction, String kind, String destination, String fromBlock,
                        String toBlock, String reference) {

        public static Moved out(Snapshot inmate, MovementKind kind, String destination, String reference) {
            return new Moved(inmate, Direction.OUT, kind.name(), destination, null, null, reference);
        }

        public static Moved back(Snapshot inmate, MovementKind kind, String reference) {
            return new Moved(inmate, Direction.IN, kind.name(), null, null, null, reference);
        }

        public static Moved cell(Snapshot inmate, String fromBlock, String toBlock) {
            return new Moved(inmate, Direction.WITHIN, "CELL", null, fromBlock, toBlock, null);
        }
    }

    /**
     * A transfer (mutasi). Within the region ({@code toFacility} in the facility directory) the WBP is
     * IN_TRANSIT and the stay stays open until {@code inmate.transfer-arrived}; out of it the stay ends
     * (TRANSFERRED).
     */
    public record Transferred(Snapshot inmate, String fromFacility, String toFacility, LocalDate transferredOn,
                              boolean withinRegion) {
    }

    /**
     * The receiving facility confirmed the arrival: the same stay, now held there
     * ({@code inmate.facility}) under its new register number; {@code previousRegisterNumber} was the
     * sending facility's.
     */
    public record TransferArrived(Snapshot inmate, String fromFacility, LocalDate arrivedOn, String previousRegisterNumber) {
    }

    /** A facility of the directory as {@code inmate.facility-changed} carries it. */
    public record FacilityData(String code, String name, String kind, String facilityClass, String timeZone,
                               String regencyCode, String regencyName) {
    }

    public record FacilityChanged(FacilityData facility) {
    }

    public record ReleaseDue(Snapshot inmate, LocalDate releaseOn, int daysBefore, ReleasePlanData releasePlan) {
    }

    public record DetentionExpiring(Snapshot inmate, LocalDate detentionEndsOn, int daysBefore,
                                    String detainingAuthority) {
    }

    /** The fine was paid: its substitute custody no longer counts; {@code expiresOn} is the new expiry. */
    public record FinePaid(Snapshot inmate, String receiptNumber, LocalDate paidOn, BigDecimal amount,
                           LocalDate previousExpiry, LocalDate expiresOn) {
    }

    /**
     * A decree changed a life or death sentence: {@code sentence} is the new term (null when the new
     * kind is LIFE), {@code expiresOn} the expiry that follows (null for LIFE).
     */
    public record SentenceCommuted(Snapshot inmate, String decreeNumber, LocalDate decreedOn, SentenceKind previousKind,
                                   SentenceKind kind, SentenceTerm sentence, LocalDate expiresOn) {
    }

    public record Released(Snapshot inmate, LocalDate releasedOn, ReleaseReason reason, ReleasePlanData releasePlan) {
    }

    /**
     * The WBP went out on an integration (PB, CB, CMB) under {@code bapas}'s supervision until
     * {@code endsOn}, the expiry; the stay stays open (status IN_INTEGRATION).
     */
    public record IntegrationStarted(Snapshot inmate, IntegrationKind kind, String decreeNumber, LocalDate decreeDate,
                                     String bapas, LocalDate startsOn, LocalDate endsOn, ReleasePlanData releasePlan) {
    }

    /**
     * The integration was revoked: the WBP is back in custody on {@code revokedOn}; the
     * {@code daysNotCounted} outside move the expiry (the snapshot's {@code expectedRelease}) later.
     */
    public record IntegrationRevoked(Snapshot inmate, IntegrationKind kind, String bapas, String decreeNumber, String reason,
                                     LocalDate revokedOn, int daysNotCounted) {
    }

    /**
     * The current stage's detention extended: {@code previousEndsOn} → {@code detentionEndsOn}.
     * {@code liaisonRequestId}: the liaison-service request the Polres unit sent it in (null otherwise).
     */
    public record DetentionExtended(Snapshot inmate, RegisterClass stage, String orderNumber, LocalDate orderDate,
                                    String issuedBy, LocalDate previousEndsOn, LocalDate detentionEndsOn, String article,
                                    UUID liaisonRequestId) {
    }

    /** The detention handed over from {@code previousStage} to {@code stage}, under the new authority's order. */
    public record DetentionHandedOver(Snapshot inmate, RegisterClass previousStage, RegisterClass stage, String orderNumber,
                                      LocalDate orderDate, String authority, LocalDate startsOn, LocalDate detentionEndsOn,
                                      UUID liaisonRequestId) {
    }

    /** A detainee still held after the detention ended, with no extension, handover, verdict or release recorded. */
    public record DetentionOverdue(Snapshot inmate, LocalDate detentionEndsOn, int daysOverdue, String detainingAuthority) {
    }

    /**
     * An escape: where, how, who noticed, and what Polres needs to find the person: the identifying
     * features and the last known contacts the Lapas holds (personal data no other event carries;
     * UU 27/2022, see docs/domain-rules.md "Escape and recapture").
     */
    public record Escaped(Snapshot inmate, UUID escapeId, OffsetDateTime escapedAt, String place, String method,
                          String noticedBy, IdentifyingFeatures identifyingFeatures, List<Contact> lastKnownContacts) {
    }

    /**
     * The person back in custody in the same stay; {@code daysNotCounted}: the days at large this
     * escape adds to the sentence (UU 1/2023 Pasal 63), already in {@code inmate.expectedRelease}.
     */
    public record Recaptured(Snapshot inmate, UUID escapeId, OffsetDateTime escapedAt, OffsetDateTime recapturedAt,
                             Escape.RecapturedBy recapturedBy, String place, long daysNotCounted) {
    }
}

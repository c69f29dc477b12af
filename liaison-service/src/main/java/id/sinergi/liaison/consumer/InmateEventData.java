package id.sinergi.liaison.consumer;

import id.sinergi.liaison.domain.EscapeDetails;
import id.sinergi.liaison.domain.ReleasePlan;
import id.sinergi.liaison.domain.RiskLevel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@code data} of the inmate events this service reads, as inmate-service's AsyncAPI document
 * describes them (fields it does not read are ignored). A required field missing or of the wrong
 * type makes the event a poison message for the dead-letter topic.
 */
public final class InmateEventData {

    private InmateEventData() {
    }

    /** {@code data.inmate}: the WBP's basic view, in every inmate event, with the record's version. */
    public record Inmate(UUID inmateId, Long version, String registerNumber, String registerClass, String fullName,
                         RiskLevel riskLevel, String status, String location, String facility, String cellBlock,
                         LocalDate expectedRelease, String detainingAuthority, UUID personId) {

        public Inmate {
            Objects.requireNonNull(inmateId, "inmate.inmateId");
            Objects.requireNonNull(version, "inmate.version");
            requireText(registerNumber, "inmate.registerNumber");
            requireText(fullName, "inmate.fullName");
            Objects.requireNonNull(riskLevel, "inmate.riskLevel");
            requireText(status, "inmate.status");
        }
    }

    /** Any inmate event: what every one carries. */
    public record Changed(Inmate inmate) {

        public Changed {
            Objects.requireNonNull(inmate, "inmate");
        }
    }

    /**
     * {@code inmate.admitted}: the offences the WBP is held for; {@code previousStay} (issue 21) the
     * same person's earlier stay that ended in release or integration, null otherwise.
     */
    public record Admitted(Inmate inmate, List<Offence> offences, LocalDate admittedOn, PreviousStay previousStay) {

        public Admitted {
            Objects.requireNonNull(inmate, "inmate");
            offences = offences == null ? List.of() : List.copyOf(offences);
        }
    }

    /** The stay a readmitted person was last released from. */
    public record PreviousStay(UUID inmateId, String registerNumber, LocalDate releasedOn) {

        public PreviousStay {
            Objects.requireNonNull(inmateId, "previousStay.inmateId");
            Objects.requireNonNull(releasedOn, "previousStay.releasedOn");
        }
    }

    /**
     * {@code inmate.re-arrested} (issue 21): Polres recorded the arrest of a former WBP; {@code inmateId}
     * is the stay they were last released from.
     */
    public record ReArrested(UUID reArrestId, UUID personId, UUID inmateId, String registerNumber, LocalDate releasedOn,
                             LocalDate arrestedOn, String policeReportNumber, String article, String polresUnit,
                             String recordedBy, OffsetDateTime recordedAt) {

        public ReArrested {
            Objects.requireNonNull(reArrestId, "reArrestId");
            Objects.requireNonNull(inmateId, "inmateId");
            Objects.requireNonNull(releasedOn, "releasedOn");
            Objects.requireNonNull(arrestedOn, "arrestedOn");
        }
    }

    /** An offence as admitted; {@code category} comes from inmate-service's offence table (none before issue 20). */
    public record Offence(String article, String law, String category) {
    }

    /**
     * {@code inmate.release-planned} (issue 21): where the WBP will live after release and who receives
     * them; {@code regencyCode} routes release notices to the Polres covering it.
     */
    public record ReleasePlanned(Inmate inmate, ReleasePlan releasePlan) {

        public ReleasePlanned {
            Objects.requireNonNull(inmate, "inmate");
            Objects.requireNonNull(releasePlan, "releasePlan");
            requireRegency(releasePlan);
        }
    }

    /** {@code inmate.release-due}: a notice {@code daysBefore} the release, with the release plan (null when none). */
    public record ReleaseDue(Inmate inmate, LocalDate releaseOn, Integer daysBefore, ReleasePlan releasePlan) {

        public ReleaseDue {
            Objects.requireNonNull(inmate, "inmate");
            Objects.requireNonNull(releaseOn, "releaseOn");
            Objects.requireNonNull(daysBefore, "daysBefore");
            requireRegency(releasePlan);
        }
    }

    /** {@code inmate.detention-expiring}: a notice {@code daysBefore} a detention ends. */
    public record DetentionExpiring(Inmate inmate, LocalDate detentionEndsOn, Integer daysBefore, String detainingAuthority) {

        public DetentionExpiring {
            Objects.requireNonNull(inmate, "inmate");
            Objects.requireNonNull(detentionEndsOn, "detentionEndsOn");
            Objects.requireNonNull(daysBefore, "daysBefore");
            requireText(detainingAuthority, "detainingAuthority");
        }
    }

    /** {@code inmate.integration-started}: out on PB, CB or CMB from {@code startsOn}, under {@code bapas}. */
    public record IntegrationStarted(Inmate inmate, String kind, String bapas, LocalDate startsOn, ReleasePlan releasePlan) {

        public IntegrationStarted {
            Objects.requireNonNull(inmate, "inmate");
            requireText(kind, "kind");
            requireText(bapas, "bapas");
            Objects.requireNonNull(startsOn, "startsOn");
            requireRegency(releasePlan);
        }
    }

    /**
     * {@code inmate.detention-extended} and {@code inmate.detention-handed-over}: an order recorded in the
     * register, with the liaison request it came in (null when it came otherwise).
     */
    public record DetentionOrderRecorded(Inmate inmate, LocalDate detentionEndsOn, UUID liaisonRequestId) {

        public DetentionOrderRecorded {
            Objects.requireNonNull(inmate, "inmate");
            Objects.requireNonNull(detentionEndsOn, "detentionEndsOn");
        }
    }

    /** {@code inmate.released}: when and why the WBP left, with the release plan (null when none). */
    public record Released(Inmate inmate, LocalDate releasedOn, String reason, ReleasePlan releasePlan) {

        public Released {
            Objects.requireNonNull(inmate, "inmate");
            Objects.requireNonNull(releasedOn, "releasedOn");
            requireText(reason, "reason");
            requireRegency(releasePlan);
        }
    }

    /**
     * {@code inmate.transfer-arrived} (issue 22): the receiving facility's registrar confirmed the arrival of
     * a WBP transferred within the region; {@code inmate} is the snapshot at the receiving facility, with
     * its new register number.
     */
    public record TransferArrived(Inmate inmate, String fromFacility, LocalDate arrivedOn, String previousRegisterNumber) {

        public TransferArrived {
            Objects.requireNonNull(inmate, "inmate");
            requireText(inmate.facility(), "inmate.facility");
            requireText(fromFacility, "fromFacility");
            Objects.requireNonNull(arrivedOn, "arrivedOn");
        }
    }

    /** {@code inmate.facility-changed} (issue 22): a facility of the region's directory, keyed by its code. */
    public record FacilityChanged(Facility facility) {

        public FacilityChanged {
            Objects.requireNonNull(facility, "facility");
        }
    }

    public record Facility(String code, String name, String kind, String facilityClass, String timeZone, String regencyCode,
                           String regencyName) {

        public Facility {
            requireText(code, "facility.code");
            requireText(name, "facility.name");
        }
    }

    /** {@code inmate.escaped}: the escape and what helps find the person. */
    public record Escaped(Inmate inmate, UUID escapeId, OffsetDateTime escapedAt, String place, String method,
                          String noticedBy, EscapeDetails.IdentifyingFeatures identifyingFeatures,
                          List<EscapeDetails.Contact> lastKnownContacts) {

        public Escaped {
            Objects.requireNonNull(inmate, "inmate");
            Objects.requireNonNull(escapeId, "escapeId");
            Objects.requireNonNull(escapedAt, "escapedAt");
            requireText(place, "place");
            requireText(method, "method");
            requireText(noticedBy, "noticedBy");
            lastKnownContacts = lastKnownContacts == null ? List.of() : List.copyOf(lastKnownContacts);
        }

        public EscapeDetails details() {
            return new EscapeDetails(escapeId, escapedAt, place, method, noticedBy, identifyingFeatures, lastKnownContacts,
                    null, null, null);
        }
    }

    /** {@code inmate.recaptured}: the WBP of {@code escapeId} is back in custody. */
    public record Recaptured(Inmate inmate, UUID escapeId, OffsetDateTime recapturedAt, String recapturedBy, String place) {

        public Recaptured {
            Objects.requireNonNull(inmate, "inmate");
            Objects.requireNonNull(escapeId, "escapeId");
            Objects.requireNonNull(recapturedAt, "recapturedAt");
            requireText(recapturedBy, "recapturedBy");
            requireText(place, "place");
        }
    }

    /** A plan, when there is one, names its regency by Kemendagri code: without it the notice cannot be routed. */
    static void requireRegency(ReleasePlan plan) {
        if (plan != null && (plan.regencyCode() == null || !plan.regencyCode().matches("^\\d{2}\\.\\d{2}$"))) {
            throw new IllegalArgumentException("releasePlan.regencyCode is missing or not a Kemendagri code (NN.NN)");
        }
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }
}

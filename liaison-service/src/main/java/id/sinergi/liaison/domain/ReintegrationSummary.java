package id.sinergi.liaison.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What Polres needs to prepare for a WBP's return to the community: the basic view of the WBP
 * (never more: data minimisation), when and why they leave, the Bapas that supervises them when
 * they leave on an integration (PB, CB, CMB; null otherwise), and the programmes completed and the
 * ones still under way, and the release plan (where they will live, who receives them; null when
 * the Lapas recorded none).
 */
public record ReintegrationSummary(
        Inmate inmate,
        LocalDate releaseOn,
        String releaseReason,
        String supervisingBapas,
        List<Programme> programmesCompleted,
        List<Programme> programmesOngoing,
        ReleasePlan releasePlan) {

    /** The basic view of the WBP, as inmate events carry it. */
    public record Inmate(UUID inmateId, String registerNumber, String registerClass, String fullName, String riskLevel,
                         String status, String location, String facility, String cellBlock, LocalDate expectedRelease,
                         String detainingAuthority) {
    }

    public record Programme(UUID enrolmentId, String code, String name, String category, String partner, String state,
                            BigDecimal attendanceRate, LocalDate completedOn, String certificateNumber) {

        public static Programme of(EnrolmentSnapshot enrolment) {
            return new Programme(enrolment.enrolmentId, enrolment.programmeCode, enrolment.programmeName,
                    enrolment.category, enrolment.partner, enrolment.state, enrolment.attendanceRate,
                    enrolment.completedOn, enrolment.certificateNumber);
        }
    }

    /** The summary of a WBP now, from the read models of inmates and enrolments. */
    public static ReintegrationSummary of(InmateSnapshot inmate, LocalDate releaseOn, String releaseReason,
                                          String supervisingBapas, ReleasePlan releasePlan) {
        return new ReintegrationSummary(
                new Inmate(inmate.inmateId, inmate.registerNumber, inmate.registerClass, inmate.fullName,
                        inmate.riskLevel, inmate.status, inmate.location, inmate.facility, inmate.cellBlock,
                        inmate.expectedRelease, inmate.detainingAuthority),
                releaseOn, releaseReason, supervisingBapas,
                EnrolmentSnapshot.completedBy(inmate.inmateId).stream().map(Programme::of).toList(),
                EnrolmentSnapshot.ongoingFor(inmate.inmateId).stream().map(Programme::of).toList(),
                releasePlan);
    }
}

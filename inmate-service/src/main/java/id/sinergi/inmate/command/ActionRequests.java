package id.sinergi.inmate.command;

import id.sinergi.inmate.domain.Escape.RecapturedBy;
import id.sinergi.inmate.domain.MovementKind;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.ReleaseReason;
import id.sinergi.inmate.domain.RiskLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The bodies of the actions on a WBP's record. */
public final class ActionRequests {

    private ActionRequests() {
    }

    @Schema(name = "RiskAssessmentRequest")
    public record RiskAssessment(
            @NotNull RiskLevel level,
            @Schema(examples = "Found with a contraband phone; contacts with a narcotics network")
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "MoveOutRequest")
    public record MoveOut(
            @NotNull MovementKind kind,
            @Schema(examples = "Pengadilan Negeri Amuntai") @NotBlank @Size(max = 200) String destination,
            @Schema(description = "A reference: court summons, police loan letter (surat bon) or referral number.",
                    examples = "B/123/XI/2026/Reskrim") @Size(max = 100) String reference) {
    }

    @Schema(name = "ReturnRequest")
    public record Return(@Schema(examples = "Returned by escort team 2") @Size(max = 500) String note) {
    }

    @Schema(name = "CellMoveRequest")
    public record CellMove(@Schema(examples = "B-1") @NotBlank @Size(max = 50) String toBlock,
                           @Schema(examples = "Separated after a fight") @Size(max = 500) String reason) {
    }

    @Schema(name = "TransferRequest")
    public record Transfer(
            @Schema(examples = "LAPAS-BANJARMASIN") @NotBlank @Size(max = 50) String toFacility,
            @Schema(examples = "2026-11-28") @NotNull @PastOrPresent LocalDate transferredOn,
            @Schema(examples = "W15.PAS.PK.01.05-1234") @Size(max = 100) String decreeNumber) {
    }

    @Schema(name = "RemissionRequest")
    public record Remission(
            @Schema(examples = "30") @Min(1) @Max(3650) int days,
            @Schema(examples = "PAS-1234.PK.01.01.02/2026") @NotBlank @Size(max = 100) String decreeNumber,
            @Schema(examples = "2026-08-17") @NotNull @PastOrPresent LocalDate grantedOn) {
    }

    @Schema(name = "ClassChangeRequest", description = "The verdict: a detainee becomes a convict.")
    public record ClassChange(
            @Schema(implementation = String.class, examples = "B.I", enumeration = {"B.I", "B.IIa", "B.IIb", "B.III"})
            @NotNull RegisterClass registerClass,
            @NotNull @Valid SentenceRequest sentence,
            @Schema(examples = "123/Pid.Sus/2026/PN Amt") @NotBlank @Size(max = 100) String verdictNumber) {
    }

    @Schema(name = "ReleaseRequest")
    public record Release(@NotNull ReleaseReason reason,
                          @Schema(examples = "2026-11-28") @NotNull @PastOrPresent LocalDate releasedOn,
                          @Schema(examples = "PAS-1530.PK.05.09/2026") @Size(max = 100) String decreeNumber) {
    }

    @Schema(name = "EscapeRequest", description = "An escape from custody (melarikan diri), as the guards report it.")
    public record Escape(
            @Schema(description = "When it happened, or when it was noticed if that is all that is known.",
                    examples = "2026-12-05T21:40:00+08:00") @NotNull @PastOrPresent OffsetDateTime escapedAt,
            @Schema(examples = "Blok A-2, tembok belakang") @NotBlank @Size(max = 200) String place,
            @Schema(examples = "Memanjat tembok dengan tali sarung") @NotBlank @Size(max = 500) String method,
            @Schema(description = "Who noticed: the officer or post.", examples = "Petugas jaga pos 2, Bripda (P) Rahmat")
            @NotBlank @Size(max = 200) String noticedBy) {
    }

    @Schema(name = "RecaptureRequest", description = "The WBP back in custody after an escape.")
    public record Recapture(
            @Schema(examples = "2026-12-10T14:15:00+08:00") @NotNull @PastOrPresent OffsetDateTime recapturedAt,
            @Schema(description = "Who caught or brought back the WBP.") @NotNull RecapturedBy by,
            @Schema(examples = "Desa Sungai Malang, Amuntai Tengah") @NotBlank @Size(max = 200) String place) {
    }
}

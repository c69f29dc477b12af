package id.sinergi.inmate.command;

import id.sinergi.inmate.domain.IntegrationKind;
import id.sinergi.inmate.domain.Escape.RecapturedBy;
import id.sinergi.inmate.domain.MovementKind;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.ReleaseReason;
import id.sinergi.inmate.domain.RemissionGround;
import id.sinergi.inmate.domain.RemissionType;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.domain.SentenceKind;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
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

    @Schema(name = "ArrivalRequest", description = "The WBP transferred within the region has arrived at the caller's facility.")
    public record Arrival(
            @Schema(description = "The day of arrival: not before the transfer, not after today in the receiving facility's zone.",
                    examples = "2026-11-29") @NotNull LocalDate arrivedOn,
            @Schema(description = "The cell block at the receiving facility; the one held before when omitted.", examples = "C-1")
            @Size(max = 50) @Pattern(regexp = ".*\\S.*", message = "{sinergi.not-blank}") String cellBlock) {
    }

    @Schema(name = "RemissionRequest", description = """
            A remission decree for one WBP. `ground` is required for ADDITIONAL (SERVICE_TO_STATE, PEMUKA) and
            HUMANITARIAN (SHORT_SENTENCE, AGE_OVER_70, LONG_ILLNESS) and must be absent for the other types.""")
    public record Remission(
            @Schema(examples = "GENERAL") @NotNull RemissionType type,
            @Schema(examples = "SERVICE_TO_STATE") RemissionGround ground,
            @Schema(examples = "30") @Min(1) @Max(3650) int days,
            @Schema(examples = "PAS-1234.PK.01.01.02/2026") @NotBlank @Size(max = 100) String decreeNumber,
            @Schema(description = "The day the decree was signed.", examples = "2026-08-10") @NotNull @PastOrPresent LocalDate decreeDate,
            @Schema(description = "The day the remission takes effect (17 August for a general remission).", examples = "2026-08-17")
            @NotNull @PastOrPresent LocalDate grantedOn) {
    }

    @Schema(name = "ClassChangeRequest", description = "The verdict: a detainee becomes a convict.")
    public record ClassChange(
            @Schema(implementation = String.class, examples = "B.I", enumeration = {"B.I", "B.IIa", "B.IIb", "B.III"})
            @NotNull RegisterClass registerClass,
            @NotNull @Valid SentenceRequest sentence,
            @Schema(examples = "123/Pid.Sus/2026/PN Amt") @NotBlank @Size(max = 100) String verdictNumber) {
    }

    @Schema(name = "FinePaymentRequest", description = "The fine (denda) paid in full, as the prosecutor's receipt shows it.")
    public record FinePayment(
            @Schema(description = "The receipt (tanda terima / bukti setor) number.", examples = "KW-0412/O.3.15/Eku/11/2026")
            @NotBlank @Size(max = 100) String receiptNumber,
            @Schema(examples = "2026-11-20") @NotNull @PastOrPresent LocalDate paidOn,
            @Schema(description = "Rupiah paid; the whole fine (partial payments are not recorded).", examples = "1000000000")
            @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount) {
    }

    @Schema(name = "SentenceCommutationRequest", description = """
            A decree (Keputusan Presiden) that changes a life or death sentence: life to a term of imprisonment
            (UU 1/2023 Pasal 69; grasi, UU 22/2002 Pasal 4 ayat (2)), death to life (UU 1/2023 Pasal 100, 101) or
            death to a term (grasi). The term counts from the sentence's start unless the decree says otherwise.""")
    public record SentenceCommutation(
            @Schema(examples = "12/G/2026") @NotBlank @Size(max = 100) String decreeNumber,
            @Schema(examples = "2026-11-20") @NotNull @PastOrPresent LocalDate decreedOn,
            @Schema(description = "The new kind: IMPRISONMENT (a term) or LIFE; IMPRISONMENT when omitted.",
                    examples = "IMPRISONMENT")
            SentenceKind to,
            @Schema(examples = "20") @Min(0) @Max(20) int years,
            @Schema(examples = "0") @Min(0) @Max(240) int months,
            @Schema(description = "The first day of the term; the sentence's start when omitted (time served counts).",
                    examples = "2011-03-01")
            @PastOrPresent LocalDate termStart) {

        @JsonIgnore
        @Schema(hidden = true)
        public SentenceKind toOrDefault() {
            return to == null ? SentenceKind.IMPRISONMENT : to;
        }
    }

    @Schema(name = "ReleaseRequest")
    public record Release(@NotNull ReleaseReason reason,
                          @Schema(examples = "2026-11-28") @NotNull @PastOrPresent LocalDate releasedOn,
                          @Schema(examples = "PAS-1530.PK.05.09/2026") @Size(max = 100) String decreeNumber) {
    }

    @Schema(name = "IntegrationRequest", description = "PB, CB or CMB by decree: the WBP goes out under the named Bapas's "
            + "supervision until the sentence ends.")
    public record StartIntegration(
            @Schema(description = "PB (pembebasan bersyarat), CB (cuti bersyarat) or CMB (cuti menjelang bebas)", examples = "PB")
            @NotNull IntegrationKind kind,
            @Schema(examples = "PAS-1530.PK.05.09/2026") @NotBlank @Size(max = 100) String decreeNumber,
            @Schema(examples = "2026-11-20") @NotNull LocalDate decreeDate,
            @Schema(description = "The supervising Balai Pemasyarakatan", examples = "Bapas Kelas II Barabai")
            @NotBlank @Size(max = 200) String bapas,
            @Schema(description = "The first day outside; not after today (facility time)", examples = "2026-11-28")
            @NotNull LocalDate startsOn) {
    }

    @Schema(name = "IntegrationRevocationRequest", description = "The integration is revoked by decree: the WBP is back in custody.")
    public record RevokeIntegration(
            @Schema(examples = "PAS-88.PK.05.09/2027") @NotBlank @Size(max = 100) String decreeNumber,
            @Schema(examples = "Failed to report to the Bapas three times in a row") @NotBlank @Size(max = 2000) String reason,
            @Schema(description = "The day back in custody; not after today (facility time)", examples = "2027-02-10")
            @NotNull LocalDate revokedOn) {
    }

    /** Pasal 29 UU 8/1981: the grounds of an extension beyond the stage's regular maximum. */
    public enum ExceptionalGround {
        /** The suspect or defendant has a severe physical or mental disorder (a doctor's certificate). */
        SEVERE_PHYSICAL_OR_MENTAL_DISORDER,
        /** The case is punishable by nine years' imprisonment or more. */
        PUNISHABLE_BY_NINE_YEARS_OR_MORE
    }

    @Schema(name = "DetentionExtensionRequest", description = """
            An extension of the current stage's detention, as the extending authority ordered it. The stage's
            orders together may not run longer than the code governing the case allows (GET /api/v1/detention-limits).""")
    public record DetentionExtension(
            @Schema(examples = "B-1234/O.3.21/Eoh.1/12/2026") @NotBlank @Size(max = 100) String orderNumber,
            @Schema(examples = "2026-12-08") @NotNull @PastOrPresent LocalDate orderDate,
            @Schema(description = "Who extended: the authority that signed the order.", examples = "Kejaksaan Negeri Hulu Sungai Utara")
            @NotBlank @Size(max = 200) String issuedBy,
            @Schema(description = "The last day of the extended detention.", examples = "2027-01-19")
            @NotNull LocalDate endsOn,
            @Schema(description = "Only for an extension beyond the regular maximum (Pasal 29 UU 8/1981).")
            ExceptionalGround exceptionalGround,
            @Schema(description = "The liaison-service request this order came in, when the Polres unit sent it; "
                    + "liaison-service marks the request confirmed from the event.",
                    examples = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6")
            UUID liaisonRequestId) {
    }

    @Schema(name = "DetentionHandoverRequest", description = """
            The detention handed over to the next stage (A.I → A.II → A.III → A.IV → A.V): the new authority's
            order. The register class becomes the next stage and the detention ends on the order's last day.""")
    public record DetentionHandover(
            @Schema(implementation = String.class, examples = "A.II", enumeration = {"A.II", "A.III", "A.IV", "A.V"})
            @NotNull RegisterClass stage,
            @Schema(examples = "PRINT-45/O.3.21/Eoh.2/12/2026") @NotBlank @Size(max = 100) String orderNumber,
            @Schema(examples = "2026-12-09") @NotNull @PastOrPresent LocalDate orderDate,
            @Schema(description = "The authority that now detains.", examples = "Kejaksaan Negeri Hulu Sungai Utara")
            @NotBlank @Size(max = 200) String authority,
            @Schema(description = "The first day of the new order; the order date when omitted.", examples = "2026-12-09")
            LocalDate startsOn,
            @Schema(description = "The last day of the new order.", examples = "2026-12-28")
            @NotNull LocalDate endsOn,
            @Schema(description = "The liaison-service request this order came in, when the Polres unit sent it.",
                    examples = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6")
            UUID liaisonRequestId) {
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

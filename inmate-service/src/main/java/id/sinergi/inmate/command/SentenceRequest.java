package id.sinergi.inmate.command;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.sinergi.inmate.domain.SentenceKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "Sentence", description = """
        The sentence as pronounced: its kind, the term in years, months and days from its start (imprisonment
        and confinement), and a fine with its substitute custody (subsider). Life and death sentences have no
        term; a fine alone is served as its substitute custody until paid.""")
public record SentenceRequest(
        @Schema(description = "The principal sentence; IMPRISONMENT when omitted (the shape before sentence kinds).",
                examples = "IMPRISONMENT")
        SentenceKind kind,
        @Schema(description = "The first day that counts (detention before the verdict counts).", examples = "2026-01-15")
        @NotNull @PastOrPresent LocalDate start,
        @Schema(examples = "5") @Min(0) @Max(100) int years,
        @Schema(examples = "6") @Min(0) @Max(1200) int months,
        @Schema(examples = "0") @Min(0) @Max(36500) int days,
        @Schema(description = "Fine (denda) in rupiah, at most 16 digits and 2 decimals.", examples = "1000000000")
        @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal fineAmount,
        @Schema(description = "Days of custody in place of an unpaid fine (subsider, kurungan pengganti).", examples = "90")
        @Min(0) @Max(36500) Integer fineSubstituteDays,
        @Schema(description = "Months of custody in place of an unpaid fine, before the days.", examples = "3")
        @Min(0) @Max(1200) Integer fineSubstituteMonths) {

    /** The kind as recorded: imprisonment when the client did not say (requests made before kinds). */
    @JsonIgnore
    @Schema(hidden = true)
    public SentenceKind kindOrDefault() {
        return kind == null ? SentenceKind.IMPRISONMENT : kind;
    }

    /** Not a field of the request: Jackson and the OpenAPI document would otherwise list it as one. */
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isEmpty() {
        return years == 0 && months == 0 && days == 0;
    }

    /** Whether substitute custody is given (days or months). */
    @JsonIgnore
    @Schema(hidden = true)
    public boolean hasSubstituteCustody() {
        return (fineSubstituteDays != null && fineSubstituteDays > 0) || (fineSubstituteMonths != null && fineSubstituteMonths > 0);
    }

    /** Whether a fine of more than nothing is given. */
    @JsonIgnore
    @Schema(hidden = true)
    public boolean hasFine() {
        return fineAmount != null && fineAmount.signum() > 0;
    }
}

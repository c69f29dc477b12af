package id.sinergi.inmate.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.KeyDates;
import id.sinergi.inmate.domain.RiskAssessment;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.domain.SentenceKind;
import id.sinergi.inmate.domain.TimelineEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The smaller read models of a WBP's record. */
public final class RecordViews {

    private RecordViews() {
    }

    @Schema(name = "KeyDates", description = """
            Key dates of the sentence after remissions: a fraction is reached once that share has been
            served; parole (PB) needs 2/3 served and that 2/3 to be at least 9 months. The expiry includes the
            substitute custody of a fine not yet paid. None apply to life or death sentences (only the kind is
            given), a fine alone has only its expiry. For a detainee only the detention end.""")
    public record KeyDatesView(
            LocalDate sentenceStart,
            @Schema(examples = "30") int remissionDays,
            LocalDate oneThird,
            LocalDate half,
            LocalDate twoThirds,
            @Schema(description = "Expiry (ekspirasi) after remissions.") LocalDate expiry,
            @Schema(description = "From when parole (PB) may be granted; null when the sentence is too short.")
            LocalDate paroleEligibleFrom,
            LocalDate detentionEndsOn,
            @Schema(description = "The sentence's kind; null for a detainee.", examples = "IMPRISONMENT") SentenceKind sentenceKind) {

        public static KeyDatesView of(Inmate inmate) {
            SentenceKind kind = inmate.hasSentence() ? inmate.sentenceKind() : null;
            KeyDates dates = inmate.keyDates().orElse(null);
            if (dates == null) {
                return new KeyDatesView(inmate.sentenceStart, inmate.remissionDays, null, null, null, inmate.expiresOn, null,
                        inmate.detentionEndsOn, kind);
            }
            return new KeyDatesView(inmate.sentenceStart, inmate.remissionDays, dates.oneThird(), dates.half(),
                    dates.twoThirds(), dates.expiry(), dates.paroleEligibleFrom(), inmate.detentionEndsOn, kind);
        }
    }

    @Schema(name = "TimelineEntry")
    public record TimelineEntryView(
            OffsetDateTime at,
            @Schema(description = "The event type.", examples = "inmate.moved") String kind,
            @Schema(examples = "Out to Pengadilan Negeri Amuntai (COURT)") String summary,
            @Schema(description = "Who did it: a token subject, or system:… / liaison:… for automatic changes.")
            String actor,
            @Schema(description = "The event's payload.", implementation = Object.class) @JsonRawValue String details) {

        public static TimelineEntryView of(TimelineEntry entry) {
            return new TimelineEntryView(entry.at, entry.kind, entry.summary, entry.actor, entry.details);
        }
    }

    @Schema(name = "RiskAssessment")
    public record RiskAssessmentView(RiskLevel level, RiskLevel previousLevel, String reason, String assessor,
                                     OffsetDateTime assessedAt) {
        public static RiskAssessmentView of(RiskAssessment assessment) {
            return new RiskAssessmentView(assessment.level, assessment.previousLevel, assessment.reason,
                    assessment.assessor, assessment.assessedAt);
        }
    }
}

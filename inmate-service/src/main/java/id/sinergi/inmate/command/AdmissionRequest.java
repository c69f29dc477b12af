package id.sinergi.inmate.command;

import id.sinergi.inmate.domain.Contact;
import id.sinergi.inmate.domain.IdentifyingFeatures;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.domain.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdmissionRequest", description = """
        A WBP entering the register. Detainees (A.I–A.V) need the detaining authority and the date
        their detention ends; convicts (B.I–B.III) need the sentence. Someone already known (same NIK, or
        the `personId` of a confirmed match) gets a new stay of the same person.""")
public record AdmissionRequest(
        @Schema(description = "Full name as on the detention or court document.", examples = "Ahmad Rizani")
        @NotBlank @Size(max = 200) String fullName,

        @Schema(description = "Other names the WBP is known by (alias); fuzzy search finds them too.", examples = "[\"Udin\"]")
        @Size(max = 10) List<@NotBlank @Size(max = 200) String> aliases,

        @Schema(description = "NIK: exactly 16 digits; required for Indonesian nationals, optional for foreigners.",
                examples = "6308011203900001")
        @Pattern(regexp = "\\d{16}", message = "{sinergi.nik}") String nik,

        @Schema(examples = "Amuntai") @Size(max = 100) String birthPlace,

        @Schema(examples = "1990-03-12") @Past LocalDate birthDate,

        @NotNull Sex sex,

        @Schema(description = "ISO 3166-1 alpha-3 country code.", examples = "IDN")
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{sinergi.nationality}") String nationality,

        @Schema(description = "A.I–A.V (detainees) or B.I, B.IIa, B.IIb, B.III (convicts).", examples = "B.I",
                implementation = String.class,
                enumeration = {"A.I", "A.II", "A.III", "A.IV", "A.V", "B.I", "B.IIa", "B.IIb", "B.III"})
        @NotNull RegisterClass registerClass,

        @Schema(description = "Who detains (A classes), e.g. the police investigator's unit or the prosecutor.",
                examples = "Satreskrim Polres Hulu Sungai Utara")
        @Size(max = 200) String detainingAuthority,

        @Schema(description = "The last day of the current detention order (A classes).", examples = "2026-12-10")
        LocalDate detentionEndsOn,

        @Schema(description = """
                The first day of the current stage's detention (A classes), which may be before the admission
                (held at the Polres first); the admission date when omitted. The stage's limit counts from it.""",
                examples = "2026-11-21")
        @PastOrPresent LocalDate detentionStartsOn,

        @Schema(description = "The number of the detention order the detainee is admitted under (A classes).",
                examples = "SP.Han/112/XI/2026/Reskrim")
        @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{sinergi.no-control-characters}")
        String detentionOrderNumber,

        @Schema(description = "The date of that order (A classes).", examples = "2026-11-21")
        @PastOrPresent LocalDate detentionOrderDate,

        @NotEmpty @Size(max = 20) List<@Valid @NotNull OffenceRequest> offences,

        @Schema(description = "The sentence (B classes).") @Valid SentenceRequest sentence,

        @Schema(description = "The caller's facility code (the token's unit), which is taken when omitted; another is refused.", examples = "LAPAS-AMUNTAI")
        @Size(max = 50) String facility,

        @Schema(description = "Cell block (blok hunian).", examples = "A-2")
        @NotBlank @Size(max = 50) String cellBlock,

        @NotNull RiskLevel riskLevel,

        @Schema(description = "Date of admission; today when omitted.", examples = "2026-11-02")
        @PastOrPresent LocalDate admittedOn,

        @Schema(description = """
                The person being readmitted, as the registrar confirmed from a search (the `personId` of an
                earlier stay): for people without a NIK. A known NIK finds its person without it. The
                identity in this request then replaces the person's.""",
                examples = "9b2f3c1e-4d5a-4e6f-8a7b-1c2d3e4f5a6b")
        UUID personId,

        @Schema(description = "Identifying features (ciri-ciri), shown in the full record only and sent to Polres on an escape.")
        @Valid IdentifyingFeatures identifyingFeatures,

        @Schema(description = "Family, addresses and phones the Lapas holds; the last known contacts if the person escapes.")
        @Size(max = 20) List<@Valid @NotNull Contact> contacts) {

    @Schema(name = "Offence", description = """
            An offence as the detention order or verdict writes it: the article and the law. The law may be
            written as on the document ("UU No. 35 Tahun 2009", "UU 35/2009 tentang Narkotika") or as a law
            code ("KUHP", "UU-1-2023", "UU-35-2009"). A bare "KUHP" is the old KUHP (WvS) when the case began
            before 2026-01-02 and UU 1/2023 from that day; a law named explicitly is taken as given. The
            category is looked up in the offence table (`GET /api/v1/offences/categories`); an article it does
            not know is categorised OTHER and listed at `GET /api/v1/offences/uncategorised`.""")
    public record OffenceRequest(
            @Schema(examples = "Pasal 114 ayat (1)") @NotBlank @Size(max = 100) String article,
            @Schema(examples = "UU 35/2009 tentang Narkotika") @NotBlank @Size(max = 200) String law,
            @Schema(examples = "Peredaran narkotika golongan I") @Size(max = 2000) String description,
            @Schema(description = """
                    When the case began (the act, or the first detention when that is not known); decides which
                    KUHP a bare "KUHP" means. When omitted: the sentence's start, else the admission date.""",
                    examples = "2025-11-20")
            @PastOrPresent LocalDate caseBegunOn) {

        /** The shape before issue 20: article, law and description. */
        public OffenceRequest(String article, String law, String description) {
            this(article, law, description, null);
        }
    }
}

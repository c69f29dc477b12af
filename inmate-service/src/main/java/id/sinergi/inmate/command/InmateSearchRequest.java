package id.sinergi.inmate.command;

import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.platform.json.NoUnknownFields;
import id.sinergi.platform.paging.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The criteria of {@code GET /api/v1/inmates} as a body, so that a NIK or a name never is in a URL
 * (and so never in an access log). Every field may be left out; an unknown field is refused.
 */
@NoUnknownFields
@Schema(name = "InmateSearch", additionalProperties = Schema.False.class,
        description = "What to search the register for: the criteria of `GET /api/v1/inmates`, with the page. Every field "
                + "may be left out; a field the search does not know is a 400.")
public record InmateSearchRequest(
        @Schema(description = "Name or alias, or words of them; typos tolerated", examples = "ahmad rizani")
        @Size(max = 200) String name,
        @Schema(description = "Exact NIK", examples = "6308011203900001")
        @Pattern(regexp = "\\d{16}", message = "{sinergi.nik}") String nik,
        @Schema(description = "Exact register number", examples = "B.I-0123/2026") String registerNumber,
        InmateStatus status,
        @Schema(description = "Register class code", examples = "B.I") RegisterClass registerClass,
        RiskLevel riskLevel,
        @Schema(examples = "A-2") String cellBlock,
        @Schema(description = "Expected release on or after", examples = "2026-12-01") LocalDate releaseFrom,
        @Schema(description = "Expected release on or before", examples = "2026-12-31") LocalDate releaseTo,
        @Schema(description = "Page number, from 0", examples = "0", defaultValue = "0") @Min(0) Integer page,
        @Schema(description = "Items per page, 1 to 100", examples = "20", defaultValue = "20")
        @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {

    public InmateSearchRequest {
        page = page == null ? 0 : page;
        size = size == null ? 20 : size;
    }
}

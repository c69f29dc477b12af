package id.sinergi.inmate.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contact the Lapas holds for a person: family, an address, a phone (from admission, visits and
 * the social inquiry). Personal data, of the person and of the contact: shown in the full record and
 * sent to Polres only when the person escapes ({@code inmate.escaped}), as the last known contacts.
 */
@Schema(name = "Contact", description = """
        A contact the Lapas holds: family member, address, phone. Shown in the full record only, and sent
        to Polres in `inmate.escaped` as a last known contact.""")
public record Contact(
        @Schema(examples = "Siti Aminah") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Relationship to the person, or SELF for their own address.", examples = "Istri")
        @Size(max = 100) String relationship,
        @Schema(examples = "Jl. Norman Umar No. 12, Amuntai Tengah, Hulu Sungai Utara") @Size(max = 500) String address,
        @Schema(examples = "+6281234567890")
        @Pattern(regexp = "\\+?[0-9 -]{6,20}", message = "{sinergi.contact-phone}")
        String phone) {
}

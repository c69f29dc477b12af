package id.sinergi.inmate.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What tells the person apart when they must be found (ciri-ciri): height, build, scars and tattoos,
 * and a free description. Personal data: shown in the full record and sent to Polres only when the
 * person escapes ({@code inmate.escaped}); never in the basic view or another event.
 */
@Schema(name = "IdentifyingFeatures", description = """
        Ciri-ciri: what tells the person apart. Shown in the full record only, and sent to Polres in
        `inmate.escaped`.""")
public record IdentifyingFeatures(
        @Schema(description = "Height in centimetres.", examples = "168") @Min(50) @Max(250) Integer heightCm,
        @Schema(description = "Build (postur).", examples = "Sedang, tegap") @Size(max = 100) String build,
        @Schema(description = "Scars, tattoos, birthmarks and where they are.",
                examples = "Tato naga di lengan kanan; bekas luka di pelipis kiri") @Size(max = 1000) String marks,
        @Schema(description = "Anything else: face, hair, how they walk or speak.",
                examples = "Rambut cepak, kulit sawo matang, logat Banjar") @Size(max = 2000) String description) {
}

package id.sinergi.program.command;

import id.sinergi.program.domain.RiskLevel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Eligibility", description = "Who may join; an empty list accepts every value.")
public record Eligibility(
        @Schema(description = "Register classes that may join.", examples = "[\"B.I\", \"B.IIa\"]")
        @Size(max = 9) List<@NotNull @Pattern(regexp = Eligibility.REGISTER_CLASS,
                message = "{sinergi.register-class}") String> registerClasses,
        @Schema(description = "Risk levels that may join.", examples = "[\"LOW\", \"MEDIUM\"]")
        @Size(max = 3) List<@NotNull RiskLevel> riskLevels) {

    static final String REGISTER_CLASS = "A\\.(I|II|III|IV|V)|B\\.(I|IIa|IIb|III)";

    /** The classes, each once; empty: every class. */
    public List<String> classes() {
        return registerClasses == null ? List.of() : registerClasses.stream().distinct().toList();
    }

    /** The risk levels' names, each once; empty: every level. */
    public List<String> riskLevelNames() {
        return riskLevels == null ? List.of() : riskLevels.stream().map(Enum::name).distinct().toList();
    }
}

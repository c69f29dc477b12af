package id.sinergi.inmate.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * Register classes: A.I–A.V detainees by detaining authority, B.I–B.III convicts by sentence. The
 * JSON and register numbers use the official codes ("B.IIa"); code uses the constant names.
 */
public enum RegisterClass {
    A_I("A.I", true),
    A_II("A.II", true),
    A_III("A.III", true),
    A_IV("A.IV", true),
    A_V("A.V", true),
    B_I("B.I", false),
    B_IIA("B.IIa", false),
    B_IIB("B.IIb", false),
    B_III("B.III", false);

    private final String code;
    private final boolean detainee;

    RegisterClass(String code, boolean detainee) {
        this.code = code;
        this.detainee = detainee;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean isDetainee() {
        return detainee;
    }

    /**
     * The stage a detention is handed over to: A.I (investigator) → A.II (public prosecutor) → A.III
     * (district court) → A.IV (high court, appeal) → A.V (Supreme Court, cassation); null after A.V
     * and for convicts.
     */
    public RegisterClass nextDetentionStage() {
        return switch (this) {
            case A_I -> A_II;
            case A_II -> A_III;
            case A_III -> A_IV;
            case A_IV -> A_V;
            default -> null;
        };
    }

    @JsonCreator
    public static RegisterClass fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown register class " + code));
    }

    @Override
    public String toString() {
        return code;
    }
}

package id.sinergi.liaison.command;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies shared by the actions of several state machines. */
public final class ActionRequests {

    private ActionRequests() {
    }

    @Schema(name = "ActionNote")
    public record Note(@Size(max = 2000) @Schema(examples = "Diterima, akan dikoordinasikan dengan Bhabinkamtibmas") String note) {
    }

    @Schema(name = "ActionReason", description = "Why; required where the state machine says so (`reasonRequired`).")
    public record Reason(@Size(max = 2000) @Schema(examples = "Surat permintaan belum ditandatangani Kasat Reskrim") String reason) {

        public static String of(Reason body) {
            return body == null ? null : body.reason();
        }
    }
}

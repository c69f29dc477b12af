package id.sinergi.liaison.webhook.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Bodies of the webhook subscription operations. */
public final class SubscriptionRequests {

    private SubscriptionRequests() {
    }

    @Schema(name = "WebhookSubscriptionRequest")
    public record Create(
            @NotEmpty @Size(max = 40)
            @Schema(description = "CloudEvents types of inmate-service, program-service and liaison-service (exact names, "
                    + "as in their AsyncAPI documents). The names from before issue 24, without the id.sinergi. prefix, "
                    + "are accepted too and mean the same type; the subscription stores and shows the prefixed one.",
                    examples = "[\"id.sinergi.liaison.notification-issued\",\"id.sinergi.inmate.released\"]")
            List<@NotBlank @Size(max = 100) String> eventTypes,
            @NotBlank @Size(max = 2000)
            @Schema(description = "Where deliveries are POSTed: an https URL.", examples = "https://siskamtibmas.polres-hsu.example.id/hooks/sinergi")
            String url,
            @Size(max = 200)
            @Schema(description = "The signing secret, Standard Webhooks form: whsec_ and the base64 of 24 to 64 random "
                    + "bytes. Left out, one is generated and answered once.", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            String secret,
            @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{sinergi.no-control-characters}")
            @Schema(examples = "Sistem informasi Satbinmas Polres HSU") String description) {
    }
}

package id.sinergi.platform.idempotency;

import id.sinergi.platform.http.Reads;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the {@code Idempotency-Key} header on every write of every service, the same way. A
 * search by body ({@code POST …/search}) is a read and has none: repeating it is safe as it is.
 */
public class IdempotencyKeyOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!Reads.isSearch(path)) {
                document(item.getPOST());
            }
            document(item.getPUT());
        });
    }

    private static void document(Operation operation) {
        if (operation == null || (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyInterceptor.HEADER.equalsIgnoreCase(p.getName())))) {
            return;
        }
        operation.addParameter(OASFactory.createParameter()
                .name(IdempotencyInterceptor.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("Makes a retry safe: a retry with the same key and the same body replays the first answer "
                        + "(with `Idempotent-Replayed: true`) instead of doing the work again; the same key with another "
                        + "body is a 422. Keys are per caller and kept 24 hours.")
                .example("desk-2026-000123")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING).maxLength(200)));
    }
}

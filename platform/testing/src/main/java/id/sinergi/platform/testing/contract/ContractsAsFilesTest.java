package id.sinergi.platform.testing.contract;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/**
 * A service's contracts as files: the committed OpenAPI document (docs/api/&lt;service&gt;.yaml) is
 * the one this build wrote, passes the linter, and its examples match their schemas; the AsyncAPI
 * document is valid and so are its examples. Each service extends it as a @QuarkusTest, so that the
 * build of the application under test has written target/openapi/&lt;service&gt;.yaml before it runs.
 */
public abstract class ContractsAsFilesTest {

    private final OpenApiContract openApi;
    private final AsyncApiContract asyncApi;

    /** {@code asyncApiFile}: the file name under src/main/resources/META-INF/resources/asyncapi/. */
    protected ContractsAsFilesTest(String service, String asyncApiFile) {
        this.openApi = OpenApiContract.of(service);
        this.asyncApi = AsyncApiContract.of(Path.of("src/main/resources/META-INF/resources/asyncapi", asyncApiFile));
    }

    @Test
    void theCommittedOpenApiDocumentIsTheBuiltOne() {
        openApi.assertCommittedIsBuilt();
    }

    @Test
    void theOpenApiDocumentPassesTheLinter() {
        openApi.assertLintPasses();
    }

    @Test
    void everyHttpExampleMatchesItsSchema() {
        openApi.assertExamplesMatchSchemas();
    }

    @Test
    void theAsyncApiDocumentIsValid() {
        asyncApi.assertParserAccepts();
    }

    @Test
    void everyEventExampleMatchesItsPayloadSchema() {
        asyncApi.assertExamplesMatchPayloads();
    }
}

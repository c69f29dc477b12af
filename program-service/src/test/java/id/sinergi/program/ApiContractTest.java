package id.sinergi.program;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.contract.AsyncApiContract;
import id.sinergi.platform.testing.contract.OpenApiContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/**
 * program-service's contracts as files: the committed OpenAPI document (docs/api/program-service.yaml)
 * is the one this build wrote, passes the linter, and its examples match their schemas; the
 * AsyncAPI document is valid and so are its examples. A @QuarkusTest so that the build of the
 * application under test has written target/openapi/program-service.yaml before it runs.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ApiContractTest {

    private static final OpenApiContract OPENAPI = OpenApiContract.of("program-service");
    private static final AsyncApiContract ASYNCAPI =
            AsyncApiContract.of(Path.of("src/main/resources/META-INF/resources/asyncapi/program-events.yaml"));

    @Test
    void theCommittedOpenApiDocumentIsTheBuiltOne() {
        OPENAPI.assertCommittedIsBuilt();
    }

    @Test
    void theOpenApiDocumentPassesTheLinter() {
        OPENAPI.assertLintPasses();
    }

    @Test
    void everyHttpExampleMatchesItsSchema() {
        OPENAPI.assertExamplesMatchSchemas();
    }

    @Test
    void theAsyncApiDocumentIsValid() {
        ASYNCAPI.assertParserAccepts();
    }

    @Test
    void everyEventExampleMatchesItsPayloadSchema() {
        ASYNCAPI.assertExamplesMatchPayloads();
    }
}

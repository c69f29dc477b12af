package id.sinergi.liaison;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.contract.ContractsAsFilesTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** liaison-service's committed OpenAPI document and its AsyncAPI document, checked as files. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ApiContractTest extends ContractsAsFilesTest {

    ApiContractTest() {
        super("liaison-service", "liaison-events.yaml");
    }
}

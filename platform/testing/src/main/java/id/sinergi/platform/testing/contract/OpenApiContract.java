package id.sinergi.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.dialect.Dialects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The checks of a service's OpenAPI document, for the service's {@code OpenApiDocumentTest}:
 * <ul>
 * <li>the committed {@code docs/api/<service>.yaml} is the document this build wrote
 * ({@code target/openapi/<service>.yaml}, stored by every Quarkus build of the service, the test
 * run's included);</li>
 * <li>the committed document passes Spectral with the repository's ruleset
 * ({@code docs/api/.spectral.yaml});</li>
 * <li>every request and response example in it is valid by the schema it documents.</li>
 * </ul>
 */
public final class OpenApiContract {

    /** The one command that writes the built documents over the committed ones. */
    public static final String REFRESH = "docs/api/refresh.sh";

    private final String service;

    private OpenApiContract(String service) {
        this.service = service;
    }

    public static OpenApiContract of(String service) {
        return new OpenApiContract(service);
    }

    /**
     * The values a query parameter's schema enumerates, by operation id, in an OpenAPI document as
     * JSON (a service's {@code /q/openapi?format=json}): what each list documents for {@code sort}.
     */
    public static Map<String, List<String>> parameterEnumerations(String openApiJson, String parameter) {
        JsonNode paths;
        try {
            paths = new ObjectMapper().readTree(openApiJson).path("paths");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> documented = new HashMap<>();
        paths.forEach(path -> path.forEach(operation -> operation.path("parameters").forEach(p -> {
            JsonNode values = p.path("schema").path("enum");
            if (parameter.equals(p.path("name").asText()) && values.isArray()) {
                List<String> enumerated = new ArrayList<>();
                values.forEach(value -> enumerated.add(value.asText()));
                documented.put(operation.path("operationId").asText(), enumerated);
            }
        })));
        return documented;
    }

    public Path committed() {
        return Repository.root().resolve("docs/api").resolve(service + ".yaml");
    }

    public Path built() {
        return Path.of("target", "openapi", service + ".yaml").toAbsolutePath();
    }

    /** Fails unless the committed document is, byte for byte, the one this build (this test run) wrote. */
    public void assertCommittedIsBuilt() {
        Path built = built();
        try {
            if (!Files.exists(built)) {
                throw new AssertionError("this build wrote no " + built + " (is quarkus.smallrye-openapi.store-schema-directory "
                        + "set, and is this a @QuarkusTest?)");
            }
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            if (Files.getLastModifiedTime(built).toMillis() < jvmStart - 1000) {
                throw new AssertionError(built + " is older than this test run: it was not written by this build");
            }
            if (!Files.exists(committed())) {
                throw new AssertionError(committed() + " does not exist; write it with: " + REFRESH);
            }
            List<String> was = Files.readAllLines(committed());
            List<String> is = Files.readAllLines(built);
            if (!was.equals(is)) {
                throw new AssertionError(Repository.relative(committed()) + " is not the OpenAPI document this build produces ("
                        + built + "): " + firstDifference(was, is) + "\nIf the API change is intended, run\n    " + REFRESH
                        + "\nfrom the repository root, and review and commit the diff of docs/api/.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with Spectral's findings (errors and warnings) on the committed document. */
    public void assertLintPasses() {
        Path root = Repository.root();
        NodeTools.Result result = NodeTools.run(List.of(NodeTools.spectral().toString(), "lint", "--ruleset",
                root.resolve("docs/api/.spectral.yaml").toString(), "--fail-severity", "warn", "--format", "text",
                committed().toString()), root);
        if (result.exitCode() != 0) {
            throw new AssertionError("Spectral (" + NodeTools.SPECTRAL + ") finds problems in " + Repository.relative(committed())
                    + " (fix the annotations, then run " + REFRESH + "):\n" + result.output());
        }
    }

    /** Fails unless every example of a request or response body is valid by the body's schema. */
    public void assertExamplesMatchSchemas() {
        SchemaDocument document = new SchemaDocument(committed(), Dialects.getOpenApi31());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.root().path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String where = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                checked += media(document, where + " request", document.resolve(operation.getValue().path("requestBody")).path("content"), problems);
                for (Iterator<Map.Entry<String, JsonNode>> responses = operation.getValue().path("responses").fields(); responses.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    checked += media(document, where + " " + response.getKey(), document.resolve(response.getValue()).path("content"), problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " examples of " + Repository.relative(committed())
                    + " do not match their schemas:\n" + String.join("\n", problems));
        }
        if (checked == 0) {
            throw new AssertionError(Repository.relative(committed()) + " has no example to check");
        }
    }

    private static int media(SchemaDocument document, String where, JsonNode content, List<String> problems) {
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            JsonNode media = type.getValue();
            List<Map.Entry<String, JsonNode>> examples = new ArrayList<>();
            media.path("examples").fields().forEachRemaining(examples::add);
            if (media.has("example")) {
                examples.add(Map.entry("example", media.get("example")));
            }
            if (examples.isEmpty()) {
                continue;
            }
            if (!media.has("schema")) {
                problems.add(where + " " + type.getKey() + ": examples without a schema to check them by");
                continue;
            }
            for (Map.Entry<String, JsonNode> example : examples) {
                JsonNode value = example.getKey().equals("example") && !media.has("examples") ? example.getValue()
                        : document.resolve(example.getValue()).path("value");
                if (value.isMissingNode()) {
                    problems.add(where + " " + type.getKey() + " example '" + example.getKey() + "': no value");
                    continue;
                }
                checked++;
                for (String error : document.errors(media.get("schema"), value)) {
                    problems.add(where + " " + type.getKey() + " example '" + example.getKey() + "': " + error);
                }
            }
        }
        return checked;
    }

    private static String firstDifference(List<String> was, List<String> is) {
        int line = 0;
        while (line < was.size() && line < is.size() && was.get(line).equals(is.get(line))) {
            line++;
        }
        return "first difference at line " + (line + 1) + ":\n  committed: " + (line < was.size() ? was.get(line) : "(end)")
                + "\n  built:     " + (line < is.size() ? is.get(line) : "(end)");
    }
}

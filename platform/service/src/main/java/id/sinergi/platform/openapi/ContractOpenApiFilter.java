package id.sinergi.platform.openapi;

import id.sinergi.platform.idempotency.IdempotencyKeyOpenApiFilter;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Makes every service's OpenAPI document say the platform's conventions the same way, so the
 * committed documents ({@code docs/api/<service>.yaml}) are complete and stable:
 * <ul>
 * <li>the {@code Idempotency-Key} header on every write ({@link IdempotencyKeyOpenApiFilter});</li>
 * <li>one {@code Problem} schema, and every 4xx/5xx answer of every operation is
 * {@code application/problem+json} with that schema (the examples the resource gave are kept);</li>
 * <li>a page of a list: a response schema {@code $ref: "XPage"} (for example
 * {@code @Schema(ref = "TimelineEntryPage")}) where {@code X} is a schema of the document is the
 * platform's {@code Page} of {@code X}: {@code items}, {@code page}, {@code size}, {@code total};</li>
 * <li>null: Jackson writes a value that is absent as {@code null}, so in a schema that only
 * answers carry, a property that is not {@code required} may be {@code null};</li>
 * <li>a response header without a schema is a string; a schema nothing refers to is dropped;</li>
 * <li>stable order: paths, schemas, examples and response codes sorted.</li>
 * </ul>
 * It runs at build time, so the document a build stores is the one every service serves
 * ({@code mp.openapi.filter} would run only when the service starts, after the document is stored).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractOpenApiFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PAGE = "Page";
    private static final String CURSOR_EXAMPLE = "MQpjaGFuZ2VzCjNmMmM0YjZlLTJhYjctNGQ5Zi05ZmQwLTJkMmMyMmM3OGIzMAorNzQ1";

    private final OASFilter idempotencyKey = new IdempotencyKeyOpenApiFilter();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        idempotencyKey.filterOpenAPI(openAPI);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null) {
            components.setSchemas(new LinkedHashMap<>());
        }
        definePages(openAPI);
        notModified(openAPI);
        nullableInAnswers(openAPI);
        problems(openAPI);
        forEachResponse(openAPI, ContractOpenApiFilter::headerSchemas);
        dropUnusedSchemas(openAPI);
        sort(openAPI);
    }

    // --- pages -------------------------------------------------------------------------------

    private static void definePages(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String name : referencedNames(allRoots(openAPI))) {
            if (!schemas.containsKey(name) && name.endsWith(PAGE) && name.length() > PAGE.length()) {
                String item = name.substring(0, name.length() - PAGE.length());
                if (!schemas.containsKey(item)) {
                    throw new IllegalStateException("the OpenAPI document refers to " + name + ", a page of " + item
                            + ", but has no schema " + item);
                }
                openAPI.getComponents().addSchema(name, page(item));
            }
        }
    }

    private static Schema page(String item) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One page of a list of " + item + ", with the total so clients know how many pages there are.")
                .required(List.of("items", "page", "size", "total"))
                .addProperty("items", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(SCHEMAS + item)))
                .addProperty("page", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The page's number, from 0."))
                .addProperty("size", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The page's size as asked (1–100)."))
                .addProperty("total", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64")
                        .description("How many items the whole list has (with its filters; from the start, also when read by cursor)."))
                .addProperty("next", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("The next page: a relative URL with the same filters, order and size and the cursor after "
                                + "this page (also sent as `Link: <…>; rel=\"next\"`); null on the last page.")
                        .examples(List.of("/api/v1/inmates?sort=changes&size=100&cursor=" + CURSOR_EXAMPLE)))
                .addProperty("cursor", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("The position after this page's last item: pass it as `cursor` to read on from here, now "
                                + "or later (with `sort=changes`, what changed since). Null when the page and the list are empty.")
                        .examples(List.of(CURSOR_EXAMPLE)));
    }

    // --- conditional reads -------------------------------------------------------------------

    /**
     * Every {@code GET} whose 200 answer carries an {@code ETag} takes {@code If-None-Match} and
     * answers 304 when it matches ({@code NotModified}): a record's version, or for a single
     * resource without one (a JSON answer that is not a page or an array) a tag of its content.
     */
    private static void notModified(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            Operation get = path.getGET();
            if (get == null || get.getResponses() == null || get.getResponses().getAPIResponse("200") == null) {
                continue;
            }
            APIResponse ok = get.getResponses().getAPIResponse("200");
            if ((ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")) && isSingleResource(openAPI, ok)) {
                ok.addHeader("ETag", OASFactory.createHeader()
                        .description("A tag of this content (weak): send it as `If-None-Match` to re-check without reading it again")
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
            }
            if (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")) {
                continue;
            }
            boolean declared = get.getParameters() != null && get.getParameters().stream()
                    .anyMatch(parameter -> "If-None-Match".equalsIgnoreCase(parameter.getName()));
            if (!declared) {
                get.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                        .description("The ETag of the copy the client holds (a list, `W/` tags and `*` are accepted): "
                                + "unchanged, the answer is 304 without a body.")
                        .example("\"3\"").schema(OASFactory.createSchema().addType(SchemaType.STRING)));
            }
            get.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the record still has the ETag of `If-None-Match`; no body.")
                    .addHeader("ETag", OASFactory.createHeader().description("Its version, unchanged")
                            .schema(OASFactory.createSchema().addType(SchemaType.STRING))));
        }
    }

    /**
     * A JSON answer that is neither a page (a schema with {@code items} and {@code page}, whatever its
     * name) nor an array: what NotModified tags by its content.
     */
    private static boolean isSingleResource(OpenAPI openAPI, APIResponse ok) {
        if (ok.getContent() == null || ok.getContent().getMediaType("application/json") == null) {
            return false;
        }
        Schema schema = ok.getContent().getMediaType("application/json").getSchema();
        if (schema != null && schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            schema = openAPI.getComponents().getSchemas().get(schema.getRef().substring(SCHEMAS.length()));
        }
        if (schema == null) {
            return false;
        }
        boolean page = schema.getProperties() != null && schema.getProperties().containsKey("items")
                && schema.getProperties().containsKey("page");
        boolean array = schema.getType() != null && schema.getType().contains(SchemaType.ARRAY);
        return !page && !array;
    }

    // --- null --------------------------------------------------------------------------------

    /**
     * Jackson writes an absent value as {@code null}: a property of a schema that only answers use
     * may be null unless it is required. Schemas that requests use too keep what they say, since
     * a request is checked against them.
     */
    private static void nullableInAnswers(OpenAPI openAPI) {
        List<Schema> requests = new ArrayList<>();
        List<Schema> answers = new ArrayList<>();
        forEachOperation(openAPI, operation -> {
            if (operation.getRequestBody() != null) {
                contentSchemas(operation.getRequestBody().getContent(), requests);
            }
            if (operation.getParameters() != null) {
                operation.getParameters().stream().map(Parameter::getSchema).forEach(requests::add);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("2")) {
                        contentSchemas(response.getContent(), answers);
                    }
                });
            }
        });
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inRequests = reachable(requests, schemas);
        for (String name : reachable(answers, schemas)) {
            if (!inRequests.contains(name)) {
                nullableProperties(schemas.get(name));
            }
        }
    }

    private static void nullableProperties(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (!required.contains(name)) {
                nullable(property);
            }
        });
    }

    private static void nullable(Schema property) {
        if (property.getRef() != null) {
            Schema target = OASFactory.createSchema().ref(property.getRef());
            property.setRef(null);
            property.setType(null);
            property.setAnyOf(new ArrayList<>(List.of(target, OASFactory.createSchema().addType(SchemaType.NULL))));
        } else if (property.getType() != null && !property.getType().isEmpty() && !property.getType().contains(SchemaType.NULL)) {
            property.addType(SchemaType.NULL);
        }
    }

    // --- problems ----------------------------------------------------------------------------

    private static void problems(OpenAPI openAPI) {
        openAPI.getComponents().addSchema(ProblemSchema.NAME, ProblemSchema.problem());
        openAPI.getComponents().addSchema(ProblemSchema.VIOLATION, ProblemSchema.violation());
        forEachOperation(openAPI, operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5") || code.equals(APIResponses.DEFAULT)) {
                    problem(response);
                }
            });
        });
    }

    /** The answer is problem+json with the Problem schema, whatever the resource declared; examples stay. */
    private static void problem(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        MediaType media = null;
        if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
            media = response.getContent().getMediaType(ProblemSchema.MEDIA_TYPE);
            if (media == null && !response.getContent().getMediaTypes().isEmpty()) {
                media = response.getContent().getMediaTypes().values().iterator().next();
            }
        }
        if (media == null) {
            media = OASFactory.createMediaType();
        }
        media.setSchema(OASFactory.createSchema().ref(ProblemSchema.REF));
        Content content = OASFactory.createContent();
        content.addMediaType(ProblemSchema.MEDIA_TYPE, media);
        response.setContent(content);
    }

    // --- headers -----------------------------------------------------------------------------

    private static void headerSchemas(APIResponse response) {
        if (response.getHeaders() == null) {
            return;
        }
        for (Header header : response.getHeaders().values()) {
            if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
                header.setSchema(OASFactory.createSchema().addType(SchemaType.STRING));
            }
        }
    }

    // --- unused schemas ----------------------------------------------------------------------

    /**
     * Drops the component schemas nothing refers to: what resteasy-problem adds (the Problem schema
     * replaces it) and the types the scanner registers though an annotation overrides them (a
     * LocalTime given as {@code type = STRING}).
     */
    private static void dropUnusedSchemas(OpenAPI openAPI) {
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            Set<String> used = new HashSet<>();
            openAPI.getComponents().getSchemas().forEach((name, schema) -> used.addAll(
                    referencedNames(List.of(schema)).stream().filter(ref -> !ref.equals(name)).toList()));
            List<Schema> roots = new ArrayList<>();
            forEachOperation(openAPI, operation -> operationSchemas(operation, roots));
            used.addAll(referencedNames(roots));
            for (String name : List.copyOf(openAPI.getComponents().getSchemas().keySet())) {
                if (!used.contains(name)) {
                    openAPI.getComponents().removeSchema(name);
                    dropped = true;
                }
            }
        }
    }

    // --- order -------------------------------------------------------------------------------

    private static void sort(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().setPathItems(new TreeMap<>(openAPI.getPaths().getPathItems()));
        }
        Components components = openAPI.getComponents();
        components.setSchemas(new TreeMap<>(components.getSchemas()));
        if (components.getExamples() != null) {
            components.setExamples(new TreeMap<>(components.getExamples()));
        }
        forEachOperation(openAPI, operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
            }
        });
    }

    // --- walking -----------------------------------------------------------------------------

    private static void forEachOperation(OpenAPI openAPI, Consumer<Operation> action) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getOperations() != null) {
                path.getOperations().values().forEach(action);
            }
        }
    }

    private static void forEachResponse(OpenAPI openAPI, Consumer<APIResponse> action) {
        forEachOperation(openAPI, operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(action);
            }
        });
    }

    private static void contentSchemas(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(into::add);
        }
    }

    /** Every schema of the document that can hold a reference: operations' and components'. */
    private static List<Schema> allRoots(OpenAPI openAPI) {
        List<Schema> roots = new ArrayList<>(openAPI.getComponents().getSchemas().values());
        forEachOperation(openAPI, operation -> operationSchemas(operation, roots));
        return roots;
    }

    private static void operationSchemas(Operation operation, List<Schema> into) {
        if (operation.getRequestBody() != null) {
            contentSchemas(operation.getRequestBody().getContent(), into);
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream().map(Parameter::getSchema).forEach(into::add);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(r -> contentSchemas(r.getContent(), into));
        }
    }

    /** The names of the component schemas these schemas refer to, directly (not through components). */
    private static Set<String> referencedNames(List<Schema> roots) {
        Set<String> names = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        roots.forEach(root -> push(todo, root));
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                names.add(schema.getRef().substring(SCHEMAS.length()));
            }
            children(schema, child -> push(todo, child));
        }
        return names;
    }

    /** The names of the component schemas reachable from these schemas, through components too. */
    private static Set<String> reachable(List<Schema> roots, Map<String, Schema> components) {
        Set<String> seen = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        roots.forEach(root -> push(todo, root));
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                String name = schema.getRef().substring(SCHEMAS.length());
                if (seen.add(name) && components.containsKey(name)) {
                    push(todo, components.get(name));
                }
            }
            children(schema, child -> push(todo, child));
        }
        return seen;
    }

    private static void push(Deque<Schema> todo, Schema schema) {
        if (schema != null) {
            todo.push(schema);
        }
    }

    private static void children(Schema schema, Consumer<Schema> action) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(action);
        }
        action.accept(schema.getItems());
        action.accept(schema.getNot());
        action.accept(schema.getAdditionalPropertiesSchema());
        for (List<Schema> list : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems()}) {
            if (list != null) {
                list.forEach(action);
            }
        }
    }
}

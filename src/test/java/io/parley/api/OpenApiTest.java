package io.parley.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.infra.SamTemplate;
import io.parley.ingest.ExampleArticles;
import io.parley.json.Json;
import io.parley.store.InMemoryStore;
import io.parley.web.WebAssets;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml describes exactly the routes the router serves and template.yaml declares, and what the router
 * really answers (over the shipped examples) fits the schemas it gives for each route and status.
 */
class OpenApiTest {

    private static JsonNode description;
    private static ApiRouter router;
    private static String articleId;

    @BeforeAll
    static void storeExamples() throws IOException {
        try (InputStream in = OpenApiTest.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
            description = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        InMemoryStore store = new InMemoryStore();
        Deque<String> queue = new ArrayDeque<>();
        Clock today = Clock.fixed(Instant.parse("2025-11-27T12:00:00Z"), ZoneOffset.UTC);
        Parley parley = Parley.wire(new Ports(store, store.feeds(), queue::add), today, Settings.defaults());
        ExampleArticles.load().forEach(e -> parley.ingest().ingest(e.article(), e.file()));
        articleId = queue.peek();
        queue.forEach(parley.extract()::extract);
        router = parley.api();
    }

    @Test
    void describesExactlyTheRoutesOfTheRouterAndTheTemplate() throws IOException {
        Set<String> described = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = description.path("paths").fields();
        paths.forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        Set<String> declared = new TreeSet<>();
        SamTemplate template = SamTemplate.load();
        template.resourcesOfType("AWS::ApiGatewayV2::Route").forEach(id ->
                declared.add(template.resource(id).path("Properties").path("RouteKey").asText()));
        declared.remove("$default");
        WebAssets.PAGE_ROUTES.forEach(declared::remove);

        assertEquals(new TreeSet<>(router.routeKeys()), described);
        assertEquals(declared, described);
    }

    @Test
    void answersOfEveryRouteFitTheirSchemas() {
        String lavrov = "sergey-lavrov";
        List<ApiRequest> requests = List.of(
                get("/articles/" + articleId, Map.of()),
                get("/meetings", Map.of("limit", "3")),
                get("/meetings", Map.of("kind", "PHONE_CALL", "country", "Iran")),
                get("/events", Map.of("limit", "3")),
                get("/events", Map.of("actor", "Lavrov")),
                get("/statements", Map.of("speaker", "Lavrov", "limit", "5")),
                get("/statements", Map.of("topic", "sanctions")),
                post("/ask", "{\"question\":\"What did Lavrov say about sanctions?\"}"),
                post("/ask", "{\"question\":\"Who did Araghchi meet by phone?\"}"),
                get("/actors/" + lavrov + "/timeline", Map.of()),
                get("/graph", Map.of()),
                post("/articles", Json.write(Map.of("title", "Envoys meet in Valletta",
                        "body", "Foreign Minister Ana Ruiz met Foreign Minister Tomas Berg in Valletta on Monday.",
                        "published", "2025-11-24"))));
        for (ApiRequest request : requests) {
            ApiResponse response = router.handle(request);
            assertTrue(response.status() < 300, request + " -> " + response.json());
            assertFits(request, response);
        }
    }

    @Test
    void refusalsFitTheErrorSchema() {
        List<ApiRequest> requests = List.of(
                get("/articles/nope", Map.of()),
                get("/meetings", Map.of("limit", "0")),
                get("/meetings", Map.of("kind", "TELEPATHY")),
                get("/events", Map.of("next", "not-a-token")),
                get("/statements", Map.of("colour", "red")),
                get("/graph", Map.of("from", "2025-12-01", "to", "2025-11-01")),
                post("/ask", "not json"),
                post("/articles", "[]"),
                new ApiRequest("DELETE", "/meetings", Map.of(), null),
                get("/actors/nobody-at-all/timeline", Map.of()));
        for (ApiRequest request : requests) {
            ApiResponse response = router.handle(request);
            assertTrue(response.status() >= 400, request + " -> " + response.json());
            assertFits(request, response);
        }
    }

    @Test
    void aWrongAnswerIsCaught() {
        ApiRequest request = get("/graph", Map.of());
        ApiResponse broken = new ApiResponse(200, "{\"nodes\":[{\"name\":\"no id\"}],\"edges\":[]}");

        assertFalse(problems(request, broken).isEmpty());
    }

    private static void assertFits(ApiRequest request, ApiResponse response) {
        List<Error> problems = problems(request, response);
        assertTrue(problems.isEmpty(), request.method() + " " + request.path() + " " + response.status() + ": " + problems);
    }

    private static List<Error> problems(ApiRequest request, ApiResponse response) {
        ObjectNode schema = Json.mapper().createObjectNode();
        schema.set("components", description.path("components"));
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$ref", schemaPointer(request, response.status()));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema)
                .validate(Json.read(response.json(), JsonNode.class));
    }

    /** The JSON pointer of the schema openapi.yaml gives for this route and status (or its default answer). */
    private static String schemaPointer(ApiRequest request, int status) {
        String template = templateOf(request.path());
        JsonNode responses = description.path("paths").path(template).path(request.method().toLowerCase(Locale.ROOT))
                .path("responses");
        if (responses.isMissingNode()) {
            return "#/components/schemas/Error"; // a method the path does not list: 405
        }
        JsonNode answer = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status)) : responses.get("default");
        assertTrue(answer != null, "no answer " + status + " described for " + request.method() + " " + template);
        if (answer.has("$ref")) {
            answer = description.at(answer.get("$ref").asText().substring(1));
        }
        return answer.path("content").path("application/json").path("schema").path("$ref").asText();
    }

    private static String templateOf(String path) {
        if (path.startsWith("/articles/")) {
            return "/articles/{id}";
        }
        return path.startsWith("/actors/") ? "/actors/{id}/timeline" : path;
    }

    private static ApiRequest get(String path, Map<String, String> query) {
        return new ApiRequest("GET", path, query, null);
    }

    private static ApiRequest post(String path, String body) {
        return new ApiRequest("POST", path, Map.of(), body);
    }
}

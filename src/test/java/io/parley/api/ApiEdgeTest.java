package io.parley.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.json.Json;
import io.parley.store.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15, item 4: hostile requests get a 4xx JSON error that names the problem, never a 500. */
class ApiEdgeTest {

    private final ApiRouter api = Parley.wire(new Ports(new InMemoryStore(), new InMemoryStore().feeds(), id -> { }),
            Clock.fixed(Instant.parse("2025-11-20T10:00:00Z"), ZoneOffset.UTC), Settings.defaults()).api();

    @Test
    void deeplyNestedArticleBodyIsRefusedWithTheDepth() {
        String deep = "{\"title\":\"T\",\"body\":\"B\",\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertError(post("/articles", deep), 400, "the JSON is nested more than " + Json.MAX_DEPTH + " levels deep");
    }

    @Test
    void aThousandDigitNumberIsRefused() {
        String huge = "{\"title\":\"T\",\"body\":\"Minister Ana Ruiz said talks went well.\",\"n\":" + "9".repeat(1_000) + "}";
        assertError(post("/articles", huge), 400, "a number of more than " + Json.MAX_NUMBER_DIGITS + " digits");
    }

    @Test
    void anOverlongHeadlineIsRefusedBeforeItIsStored() {
        String article = Json.write(Map.of("title", "Talks ".repeat(400), "body", "Minister Ana Ruiz said the talks went well."));
        assertError(post("/articles", article), 400, "the headline is 2399 characters long, more than the limit of 1000");
    }

    @Test
    void idsTooLongForAKeyAreA400() {
        String id = "a".repeat(3_000);
        assertError(get("/articles/" + id, Map.of()), 400, "'id' is not an id: the id is 3000 characters long");
        assertError(get("/actors/" + id + "/timeline", Map.of()), 400, "'id' is not an id");
        assertEquals(404, get("/articles/0123456789abcdef", Map.of()).status());
    }

    @Test
    void overlongParametersAndQuestionsAreA400() {
        assertError(get("/statements", Map.of("speaker", "Lavrov".repeat(500))), 400, "'speaker' is 3000 characters long");
        assertError(get("/meetings", Map.of("next", "x".repeat(5_000))), 400, "'next' is 5000 characters long");
        assertError(get("/meetings", Map.of("limit", "9".repeat(200))), 400, "'limit' must be a whole number");
        assertError(post("/ask", Json.write(Map.of("question", "What did Lavrov say? ".repeat(100)))), 400,
                "the question is 2100 characters long");
        assertError(post("/ask", "{\"question\":" + "[".repeat(2_000)), 400, "nested more than");
    }

    private ApiResponse post(String path, String body) {
        return api.handle(new ApiRequest("POST", path, Map.of(), body));
    }

    private ApiResponse get(String path, Map<String, String> query) {
        return api.handle(new ApiRequest("GET", path, query, null));
    }

    static void assertError(ApiResponse response, int status, String messagePart) {
        assertEquals(status, response.status(), response.json());
        JsonNode error = Json.read(response.json(), JsonNode.class).path("error");
        assertEquals(status, error.path("status").asInt(), response.json());
        assertTrue(error.path("message").asText().contains(messagePart), response.json());
    }
}

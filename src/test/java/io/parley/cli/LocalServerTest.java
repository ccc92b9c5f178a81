package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code parley serve}'s HTTP side over memory: the router's JSON, the page, the description, background extraction. */
class LocalServerTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static LocalServer server;

    @BeforeAll
    static void serve() throws InterruptedException {
        server = LocalServer.start(new MemoryStorage(), new InetSocketAddress("127.0.0.1", 0));
        server.ingestExamples();
        awaitExtraction();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listensOnLoopbackOnly() {
        assertEquals("127.0.0.1", server.address().getHost());
    }

    @Test
    void answersTheRoutesWithTheRoutersJson() throws Exception {
        HttpResponse<String> graph = get("/graph?country=Iran");
        JsonNode body = Json.read(graph.body(), JsonNode.class);

        assertEquals(200, graph.statusCode());
        assertTrue(graph.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        assertTrue(body.path("nodes").toString().contains("Abbas Araghchi"), graph.body());
    }

    @Test
    void decodesQueryParametersAsBrowsersSendThem() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/statements?speaker=Sergey+Lavrov&limit=2")).GET());

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(2, Json.read(answer.body(), JsonNode.class).path("items").size());
    }

    @Test
    void unknownPathsAndMethodsGetJsonErrors() throws Exception {
        HttpResponse<String> missing = get("/nowhere");
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/graph")).DELETE());

        assertEquals(404, missing.statusCode());
        assertEquals("not_found", Json.read(missing.body(), JsonNode.class).path("error").path("code").asText());
        assertEquals(405, wrongMethod.statusCode());
    }

    @Test
    void anOversizedBodyIsRefusedWithoutBeingRead() throws Exception {
        String big = "{\"title\":\"x\",\"body\":\"" + "a".repeat(HttpAdapter.MAX_BODY_BYTES) + "\"}";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/articles")).POST(HttpRequest.BodyPublishers.ofString(big)));

        assertEquals(413, answer.statusCode());
    }

    @Test
    void postedArticlesAreExtractedInTheBackground() throws Exception {
        String article = Json.write(java.util.Map.of("title", "Ruiz and Berg meet in Valletta", "published", "2025-11-24",
                "body", "VALLETTA, Nov 24 - Foreign Minister Ana Ruiz of Spain met Foreign Minister Tomas Berg of Sweden "
                        + "in Valletta on Monday. \"We agreed on much,\" Ruiz said."));
        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri("/articles")).POST(HttpRequest.BodyPublishers.ofString(article)));
        String status = Json.read(posted.body(), JsonNode.class).path("status").asText();
        awaitExtraction();
        JsonNode stored = Json.read(get(status).body(), JsonNode.class);

        assertEquals(202, posted.statusCode(), posted.body());
        assertEquals("EXTRACTED", stored.path("status").asText());
        assertTrue(stored.path("text").asText().contains("Valletta on Monday"));
        assertEquals(1, stored.path("extraction").path("meetings").size(), stored.toString());
    }

    @Test
    void servesThePageAndTheApiDescription() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> description = get("/openapi.json");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertEquals("3.1.0", Json.read(description.body(), JsonNode.class).path("openapi").asText());
        assertEquals(404, get("/web/../openapi.yaml").statusCode());
    }

    private static void awaitExtraction() throws InterruptedException {
        for (int i = 0; i < 600 && server.waiting() > 0; i++) {
            Thread.sleep(50);
        }
        assertEquals(0, server.waiting(), "extraction did not finish");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return server.address().resolve(path);
    }
}

package io.parley.functions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.ingest.ArticleReader;
import io.parley.ops.MetricName;
import io.parley.ops.Metrics;
import io.parley.service.ExtractService;
import io.parley.service.IngestService;
import io.parley.store.ArticleStatus;
import io.parley.store.ParleyStore;
import io.parley.testing.Events;
import io.parley.testing.LocalAwsResource;
import io.parley.testing.RecordingMetrics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FunctionProfiles.Query.class)
@WithTestResource(LocalAwsResource.class)
class QueryFunctionIT {

    @Inject
    IngestService ingest;
    @Inject
    ExtractService extract;
    @Inject
    ParleyStore store;
    @Inject
    SnapStartPriming priming;

    private String id;

    @BeforeEach
    void storeAnExtractedArticle() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/pipeline/vienna-talks.txt"));
        id = ingest.ingest(new ArticleReader().read(bytes, LocalDate.of(2025, 11, 19)), "test").articleId();
        if (store.find(id).orElseThrow().status() != ArticleStatus.EXTRACTED) {
            extract.extract(id);
        }
    }

    @Test
    void getsAnArticleWithItsStatusAndExtraction() {
        call("GET", "/articles/" + id, Map.of(), null)
                .body("statusCode", equalTo(200))
                .body("headers.content-type", containsString("application/json"))
                .body("body", containsString("\"status\":\"EXTRACTED\""))
                .body("body", containsString("Meinl-Reisinger"));
    }

    @Test
    void listsMeetingsOfAnActor() {
        String body = call("GET", "/meetings", Map.of("actor", "Meinl-Reisinger"), null)
                .body("statusCode", equalTo(200)).extract().path("body");
        io.restassured.path.json.JsonPath json = new JsonPath(body);
        assertThat(json.getList("items"), hasSize(greaterThan(0)));
        assertThat(json.getList("items.articleId"), everyItem(equalTo(id)));
        assertThat(json.getList("items.meeting.participants.name.flatten()"), hasItem("Sugiono"));
    }

    @Test
    void pagesStatementsWithLimitAndNext() {
        String first = call("GET", "/statements", Map.of("limit", "1"), null).extract().path("body");
        String next = new JsonPath(first).getString("next");
        assertThat(next, notNullValue());

        String second = call("GET", "/statements", Map.of("limit", "1", "next", next), null).extract().path("body");
        assertThat(new JsonPath(second).getList("items"),
                hasSize(1));
        assertThat(new JsonPath(first).getString("items[0].statement.evidence.text"),
                not(equalTo(new JsonPath(second).getString("items[0].statement.evidence.text"))));
    }

    @Test
    void ingestsAnArticlePostedToTheApi() {
        call("POST", "/articles", Map.of(), Events.load("http-post-article.json").path("body").asText())
                .body("statusCode", equalTo(202))
                .body("body", containsString("\"outcome\":\"NEW\""));
    }

    @Test
    void answersAQuestionWithWhatItUnderstoodAndTheSentences() {
        String body = call("POST", "/ask", Map.of(), "{\"question\": \"What did Meinl-Reisinger say about the investment treaty?\"}")
                .body("statusCode", equalTo(200)).extract().path("body");
        JsonPath answer = new JsonPath(body);
        assertThat(answer.getString("interpretation.speaker.name"), equalTo("Beate Meinl-Reisinger"));
        assertThat(answer.getString("interpretation.speaker.id"), equalTo("beate-meinl-reisinger"));
        assertThat(answer.getList("results.type"), everyItem(equalTo("statement")));
        assertThat(answer.getString("results[0].evidence.text"), containsString("investment treaty"));
        assertThat(answer.getString("answer"), containsString("Beate Meinl-Reisinger"));
    }

    @Test
    void countsAnsweredQuestionsOnly() {
        RecordingMetrics metrics = new RecordingMetrics();
        QuarkusMock.installMockForType(metrics, Metrics.class);

        call("POST", "/ask", Map.of(), "{\"question\": \"What did Meinl-Reisinger say?\"}").body("statusCode", equalTo(200));
        call("POST", "/ask", Map.of(), "{\"question\": \"\"}").body("statusCode", equalTo(400));
        call("GET", "/meetings", Map.of(), null).body("statusCode", equalTo(200));

        assertEquals(List.of(1.0), metrics.values(MetricName.QUESTIONS_ANSWERED));
    }

    @Test
    void showsAnActorTimelineAndTheMeetingGraph() {
        String graph = call("GET", "/graph", Map.of("from", "2025-11-01"), null).body("statusCode", equalTo(200)).extract().path("body");
        JsonPath g = new JsonPath(graph);
        assertThat(g.getList("nodes.name"), hasItem("Sugiono"));
        String id = g.getString("nodes.find { it.name == 'Sugiono' }.id");

        String timeline = call("GET", "/actors/" + id + "/timeline", Map.of(), null).body("statusCode", equalTo(200)).extract().path("body");
        JsonPath t = new JsonPath(timeline);
        assertThat(t.getString("actor.name"), equalTo("Sugiono"));
        assertThat(t.getList("events.type"), hasItem("meeting"));
        assertThat(t.getList("events.type"), hasItem("statement"));
    }

    @Test
    void refusesBadInputWithJsonErrors() {
        error("GET", "/nowhere", Map.of(), null, 404, "not_found");
        error("DELETE", "/meetings", Map.of(), null, 405, "method_not_allowed");
        error("GET", "/meetings", Map.of("from", "last tuesday"), null, 400, "'from' must be a date");
        error("GET", "/meetings", Map.of("limit", "0"), null, 400, "'limit' must be");
        error("GET", "/meetings", Map.of("limit", "many"), null, 400, "'limit' must be");
        error("GET", "/meetings", Map.of("kind", "telepathy"), null, 400, "'kind' must be one of");
        error("GET", "/statements", Map.of("next", "forged"), null, 400, "'next' token is not valid");
        error("GET", "/statements", Map.of("speaker", "x", "colour", "red"), null, 400, "unknown query parameter");
        error("GET", "/meetings", Map.of("from", "2025-12-01", "to", "2025-11-01"), null, 400, "is after");
        error("GET", "/articles/doesnotexist", Map.of(), null, 404, "no article");
        error("POST", "/articles", Map.of(), "{\"title\": \"unterminated", 400, "");
        error("POST", "/articles", Map.of(), "just words", 400, "JSON object");
        error("POST", "/articles", Map.of(), "{\"title\":\"t\",\"body\":\"" + "x".repeat(1_000_001) + "\"}", 413, "larger than");
        error("POST", "/ask", Map.of(), "{\"q\": \"wrong field\"}", 400, "question");
        error("POST", "/ask", Map.of(), "{\"question\": \"\"}", 400, "1 to 500 characters");
        error("GET", "/actors/nobody-at-all/timeline", Map.of(), null, 404, "no actor");
        error("GET", "/graph", Map.of("to", "soon"), null, 400, "'to' must be a date");
    }

    private void error(String method, String path, Map<String, String> query, String body, int status, String message) {
        call(method, path, query, body)
                .body("statusCode", equalTo(status))
                .body("body", containsString("\"status\":" + status))
                .body("body", containsString(message));
    }

    @Test
    void servesTheWebPageAndItsFilesBase64Encoded() {
        String page = file("/", "text/html");
        assertThat(page, containsString("<script src=\"web/parley.js\"></script>"));
        assertThat(page, containsString("id=\"token-form\""));
        assertThat(file("/web/parley.js", "javascript"), containsString("sessionStorage"));
        assertThat(file("/web/vendor/cytoscape.min.js", "javascript").length(), greaterThan(100_000));
    }

    @Test
    void aMissingPageFileOrAPathOutsideTheFolderIsTheJsonNotFound() {
        for (String path : List.of("/web/nothing.js", "/web/../openapi.yaml", "/openapi.json")) {
            call("GET", path, Map.of(), null).body("statusCode", equalTo(404))
                    .body("headers.content-type", containsString("application/json"));
        }
    }

    /** The text of a page file the function answers for a GET of {@code path}, checking its media type. */
    private String file(String path, String type) {
        String body = given().contentType("application/json").body(Events.http("GET", path, Map.of(), null))
                .when().post().then().statusCode(200).body("statusCode", equalTo(200))
                .body("isBase64Encoded", equalTo(true)).body("headers.content-type", containsString(type))
                .body("headers.x-content-type-options", equalTo("nosniff")).extract().path("body");
        return new String(java.util.Base64.getDecoder().decode(body), java.nio.charset.StandardCharsets.UTF_8);
    }

    private ValidatableResponse call(String method, String path, Map<String, String> query, String body) {
        return given().contentType("application/json").body(Events.http(method, path, query, body))
                .when().post().then().statusCode(200).body("isBase64Encoded", equalTo(false))
                .body("statusCode", notNullValue()).body("body", not(nullValue()));
    }

    @Test
    void primingSendsReadsThroughTheHandlerAndEachIsAnsweredWell() {
        List<String> answers = priming.sendRequests(priming.requests());

        assertEquals(3, answers.size());
        for (String answer : answers) {
            assertEquals(200, new JsonPath(answer).getInt("statusCode"), answer);
        }
    }
}

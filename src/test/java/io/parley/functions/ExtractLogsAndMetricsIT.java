package io.parley.functions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.ingest.ArticleReader;
import io.parley.model.Extraction;
import io.parley.ops.MetricName;
import io.parley.ops.Metrics;
import io.parley.service.IngestService;
import io.parley.store.ParleyStore;
import io.parley.testing.Events;
import io.parley.testing.LocalAwsResource;
import io.parley.testing.RecordingMetrics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The extract function's JSON log lines carry the Lambda request id, the correlation id from the queue message
 * and the article id, and never the article's text; its metrics report the facts it found. JSON goes to a
 * log file here (the console stays plain in tests), with the same formatter Lambda's console uses.
 */
@QuarkusTest
@TestProfile(ExtractLogsAndMetricsIT.ExtractWithJsonLog.class)
@WithTestResource(LocalAwsResource.class)
class ExtractLogsAndMetricsIT {

    static final Path LOG = Path.of("target", "extract-json-log-test.log");

    /** The extract function, logging JSON lines to {@link #LOG}. */
    public static final class ExtractWithJsonLog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "extract",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.json.enabled", "true");
        }
    }

    private static final Path FIXTURE = Path.of("src/test/resources/pipeline/vienna-talks.txt");

    @Inject
    IngestService ingest;
    @Inject
    ParleyStore store;

    private final RecordingMetrics metrics = new RecordingMetrics();

    @BeforeEach
    void recordMetrics() {
        QuarkusMock.installMockForType(metrics, Metrics.class);
    }

    @Test
    void logLinesCarryTheIdsAndNoArticleText() throws Exception {
        String id = ingestFixture();
        String correlation = "corr-" + UUID.randomUUID();

        post(id, correlation);

        List<JsonNode> lines = linesWith(correlation);
        JsonNode extracted = lines.stream().filter(l -> l.path("message").asText().startsWith("extracted ")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'extracted' line with " + correlation + " in " + LOG));
        JsonNode mdc = extracted.path("mdc");
        assertEquals(id, mdc.path("articleId").asText());
        assertEquals(correlation, mdc.path("correlationId").asText());
        assertFalse(mdc.path("AWSRequestId").asText().isBlank(), extracted.toString());
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        for (String sentence : bodySentences()) {
            assertFalse(log.contains(sentence), "the log holds article text: " + sentence);
        }
    }

    @Test
    void reportsTheFactsAndTimeOfEachArticle() throws Exception {
        String id = ingestFixture();
        metrics.clear();

        post(id, "corr-metrics");

        Extraction stored = store.extraction(id).orElseThrow();
        assertEquals(List.of((double) stored.meetings().size()), metrics.values(MetricName.MEETINGS_PER_ARTICLE));
        assertEquals(List.of((double) stored.statements().size()), metrics.values(MetricName.STATEMENTS_PER_ARTICLE));
        assertEquals(1, metrics.values(MetricName.EXTRACTION_MILLISECONDS).size());
    }

    private static void post(String articleId, String correlationId) {
        String body = "{\"articleId\":\"" + articleId + "\",\"correlationId\":\"" + correlationId + "\"}";
        given().contentType("application/json").body(Events.sqs(Map.of("m-1", body))).when().post()
                .then().statusCode(200);
    }

    private static List<JsonNode> linesWith(String text) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(LOG, StandardCharsets.UTF_8)) {
            if (line.contains(text)) {
                lines.add(json.readTree(line));
            }
        }
        assertTrue(!lines.isEmpty(), "no log line mentions " + text);
        return lines;
    }

    /** The fixture's body sentences of some length (the headline may legitimately appear nowhere either). */
    private static List<String> bodySentences() throws Exception {
        return Files.readAllLines(FIXTURE, StandardCharsets.UTF_8).stream().skip(1)
                .flatMap(l -> List.of(l.split("(?<=[.!?\"])\\s+")).stream())
                .map(String::strip).filter(s -> s.length() > 30).map(s -> s.substring(0, 30)).toList();
    }

    private String ingestFixture() throws Exception {
        byte[] bytes = Files.readAllBytes(FIXTURE);
        return ingest.ingest(new ArticleReader().read(bytes, LocalDate.of(2025, 11, 19)), "test").articleId();
    }
}

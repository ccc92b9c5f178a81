package io.parley.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmfMetricsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:15:30.250Z"), ZoneOffset.UTC);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final EmfMetrics metrics = new EmfMetrics(new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK,
            dimensions());

    @Test
    void writesOneEmbeddedMetricFormatLinePerRecord() throws Exception {
        metrics.record(Metric.of(MetricName.MEETINGS_PER_ARTICLE, 2),
                Metric.of(MetricName.EXTRACTION_MILLISECONDS, 12.5));

        List<String> lines = output().lines().toList();
        assertEquals(1, lines.size());
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertEquals(Instant.parse("2026-03-04T10:15:30.250Z").toEpochMilli(), line.path("_aws").path("Timestamp").asLong());
        assertEquals("Parley", directive.path("Namespace").asText());
        assertEquals("[[\"Stage\",\"Function\"]]", directive.path("Dimensions").toString());
        assertEquals("[{\"Name\":\"MeetingsPerArticle\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"ExtractionMilliseconds\",\"Unit\":\"Milliseconds\"}]", directive.path("Metrics").toString());
        assertEquals("prod", line.path("Stage").asText());
        assertEquals("extract", line.path("Function").asText());
        assertEquals(2.0, line.path("MeetingsPerArticle").asDouble());
        assertEquals(12.5, line.path("ExtractionMilliseconds").asDouble());
    }

    @Test
    void eachRecordIsItsOwnLine() {
        metrics.record(Metric.one(MetricName.ARTICLES_INGESTED));
        metrics.record(Metric.one(MetricName.ARTICLES_DUPLICATE));

        List<String> lines = output().lines().toList();
        assertEquals(2, lines.size());
        assertEquals(true, lines.get(1).contains("\"ArticlesDuplicate\":1.0"), lines.get(1));
    }

    @Test
    void anEmptyRecordWritesNothing() {
        metrics.record();

        assertEquals("", output());
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> dimensions() {
        Map<String, String> dims = new LinkedHashMap<>();
        dims.put("Stage", "prod");
        dims.put("Function", "extract");
        return dims;
    }
}

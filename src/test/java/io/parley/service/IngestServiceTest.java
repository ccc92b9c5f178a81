package io.parley.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.ingest.ArticleReader;
import io.parley.ingest.InvalidArticleException;
import io.parley.model.Article;
import io.parley.ops.MetricName;
import io.parley.store.InMemoryStore;
import io.parley.store.ParleyStore;
import io.parley.testing.Facts;
import io.parley.testing.RecordingMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IngestServiceTest {

    private static final Article ARTICLE = Facts.article("i1", LocalDate.of(2025, 11, 19),
            "Talks in Oslo\n\nNorwegian Foreign Minister Espen Barth Eide met his Finnish counterpart in Oslo.\n");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-19T08:00:00Z"), ZoneOffset.UTC);

    private ParleyStore store;
    private final List<String> queued = new ArrayList<>();

    @BeforeEach
    void empty() {
        store = new InMemoryStore();
    }

    @Test
    void countsNewDuplicateAndRejectedArticles() {
        RecordingMetrics metrics = new RecordingMetrics();
        IngestService ingest = new IngestService(store, queued::add, CLOCK,
                new ArticleIntake(ArticleReader.DEFAULT_MAX_BYTES), metrics);

        ingest.ingest(ARTICLE, "api");
        ingest.ingest(ARTICLE, "s3://bucket/incoming/again.txt");
        ingest.ingest(Upload.of("s3://bucket/incoming/empty.txt", new byte[0]));

        assertEquals(List.of(1.0), metrics.values(MetricName.ARTICLES_INGESTED));
        assertEquals(List.of(1.0), metrics.values(MetricName.ARTICLES_DUPLICATE));
        assertEquals(List.of(1.0), metrics.values(MetricName.ARTICLES_REJECTED));
    }

    @Test
    void anArticleThatDoesNotFitOneItemCompressedIsRejectedAndNothingIsStoredOrQueued() {
        StringBuilder text = new StringBuilder("A very long communique\n\n");
        java.util.Random random = new java.util.Random(15);
        while (text.length() < 1_500_000) {
            for (int i = 3 + random.nextInt(7); i > 0; i--) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(random.nextInt(12) == 0 ? ". " : " ");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

        IngestOutcome outcome = new IngestService(store, queued::add, CLOCK).ingest(Upload.of("s3://b/incoming/big.txt", bytes));

        IngestOutcome.Rejected rejected = assertInstanceOf(IngestOutcome.Rejected.class, outcome);
        assertTrue(rejected.reason().contains("400"), rejected.reason());
        assertEquals(List.of(), queued);
        assertFalse(store.articleIds().iterator().hasNext());
    }

    @Test
    void storesANewArticleWithItsSourceAndTimeAndQueuesIt() {
        IngestOutcome.Stored result = new IngestService(store, queued::add, CLOCK).ingest(ARTICLE, "api");

        assertEquals(IngestOutcome.Kind.NEW, result.kind());
        assertEquals(List.of("i1"), queued);
        assertEquals(Instant.parse("2025-11-19T08:00:00Z"), store.find("i1").orElseThrow().ingestedAt());
    }

    @Test
    void aDuplicateWaitingForExtractionIsQueuedAgainInCaseTheFirstSendWasLost() {
        IngestService ingest = new IngestService(store, queued::add, CLOCK);
        ingest.ingest(ARTICLE, "api");

        assertEquals(IngestOutcome.Kind.DUPLICATE, ingest.ingest(ARTICLE, "s3://b/k").kind());
        assertEquals(List.of("i1", "i1"), queued);
        assertEquals("api", store.find("i1").orElseThrow().source());
    }

    @Test
    void anExtractedDuplicateIsNotQueuedAgain() {
        IngestService ingest = new IngestService(store, queued::add, CLOCK);
        ingest.ingest(ARTICLE, "api");
        store.saveExtraction("i1", new io.parley.model.Extraction(ARTICLE.info(), List.of(), List.of(), "none"), "v");

        ingest.ingest(ARTICLE, "api");

        assertEquals(List.of("i1"), queued);
    }

    @Test
    void anUploadIsReadThenStoredWithItsSourceDefaultsAndOverrideDate() {
        byte[] text = "Talks in Bergen\n\nThe Norwegian and Danish ministers met in Bergen on Friday.\n"
                .getBytes(StandardCharsets.UTF_8);
        Upload upload = Upload.of("file:bergen.txt", text).publishedOn(LocalDate.of(2025, 11, 21))
                .withDefaults(new ArticleDefaults(LocalDate.of(2020, 1, 1), "https://news.example/bergen", "Nordic Wire"));

        IngestOutcome outcome = new IngestService(store, queued::add, CLOCK).ingest(upload);

        IngestOutcome.New stored = assertInstanceOf(IngestOutcome.New.class, outcome);
        assertEquals("Talks in Bergen", stored.title());
        var article = store.find(stored.articleId()).orElseThrow();
        assertEquals("file:bergen.txt", article.source());
        assertEquals(LocalDate.of(2025, 11, 21), article.article().info().published(), "--published wins over defaults");
        assertEquals("Nordic Wire", article.article().info().outlet());
        assertEquals(List.of(stored.articleId()), queued);
    }

    @Test
    void anUnreadableUploadIsRejectedWithTheReasonAndNeitherStoredNorQueued() {
        byte[] binary = {0, 1, 2, 3, (byte) 0xff, 0, 0, 7};

        IngestOutcome outcome = new IngestService(store, queued::add, CLOCK).ingest(Upload.of("s3://b/k.bin", binary));

        IngestOutcome.Rejected rejected = assertInstanceOf(IngestOutcome.Rejected.class, outcome);
        assertEquals(IngestOutcome.Kind.REJECTED, rejected.kind());
        assertFalse(rejected.reason().isBlank());
        assertEquals(List.of(), queued);
    }

    @Test
    void theEntryPointsCheckCanRejectAReadableArticle() {
        byte[] text = "Short note\n\nToo short.\n".getBytes(StandardCharsets.UTF_8);
        Upload upload = Upload.of("https://news.example/feed", text).checkedBy(a -> {
            throw new InvalidArticleException("too short: " + a.info().title());
        });

        IngestOutcome outcome = new IngestService(store, queued::add, CLOCK).ingest(upload);

        assertEquals(new IngestOutcome.Rejected("too short: Short note"), outcome);
        assertEquals(List.of(), queued);
    }
}

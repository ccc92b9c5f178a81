package io.parley.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Article;
import io.parley.store.InMemoryStore;
import io.parley.store.ParleyStore;
import io.parley.testing.Facts;
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
}

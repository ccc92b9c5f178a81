package io.parley.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.actors.NameForm;
import io.parley.extract.Extractor;
import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.model.Problem;
import io.parley.ops.MetricName;
import io.parley.ops.Metrics;
import io.parley.store.ArticleNotFoundException;
import io.parley.store.ArticleStatus;
import io.parley.store.InMemoryStore;
import io.parley.store.ParleyStore;
import io.parley.store.StoreException;
import io.parley.store.StoredArticle;
import io.parley.testing.Facts;
import io.parley.testing.RecordingMetrics;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExtractServiceTest {

    private static final Article ARTICLE = Facts.article("e1", LocalDate.of(2025, 11, 19), """
            Foreign ministers meet in Ankara

            ANKARA, Nov 18 — Turkish Foreign Minister Hakan Fidan met his Egyptian counterpart Badr Abdelatty in Ankara on Tuesday.
            Fidan said the two countries would expand trade.
            """);

    private ParleyStore store;

    @BeforeEach
    void storeArticle() {
        store = new InMemoryStore();
        store.saveNew(StoredArticle.received(ARTICLE, "test", Instant.EPOCH));
    }

    @Test
    void extractsStoresAndMarksTheArticleExtracted() {
        Extraction extraction = new ExtractService(store, Extractor.create()).extract("e1");

        assertTrue(extraction.meetings().size() >= 1);
        StoredArticle stored = store.find("e1").orElseThrow();
        assertEquals(ArticleStatus.EXTRACTED, stored.status());
        assertEquals(Extractor.VERSION, stored.extractorVersion());
    }

    @Test
    void aStorageFailureMarksTheArticleFailedWithTheReasonAndIsRethrownForRetry() {
        ParleyStore failingWrites = failingSaveExtraction(store);

        ExtractionFailedException e = assertThrows(ExtractionFailedException.class,
                () -> new ExtractService(failingWrites, Extractor.create()).extract("e1"));

        assertTrue(e.getMessage().contains("throttled"), e.getMessage());
        StoredArticle stored = store.find("e1").orElseThrow();
        assertEquals(ArticleStatus.FAILED, stored.status());
        assertEquals("StoreException: throttled", stored.reason());
        assertEquals(ARTICLE.text(), stored.article().text());
    }

    @Test
    void anExtractionThatBringsANewSpellingQueuesARevisionOfItsGroupAndARepeatQueuesNone() {
        List<String> queued = new ArrayList<>();
        ExtractService service = new ExtractService(store, Extractor.create()::extract, Metrics.NONE, queued::add);
        Article later = Facts.article("e2", LocalDate.of(2025, 11, 25), """
                Fidan visits London

                LONDON, Nov 25 — Foreign Minister Fidan met British Foreign Secretary Daniel Marsh in London on Tuesday.
                """);
        store.saveNew(StoredArticle.received(later, "test", Instant.EPOCH));

        service.extract("e1");
        assertEquals(List.of(), queued, "new people with no namesake: nothing to revise");
        service.extract("e2");
        assertEquals(List.of(NameForm.skeleton("Fidan")), queued, "the bare spelling is new evidence on a known profile");
        queued.clear();
        service.extract("e2");
        assertEquals(List.of(), queued, "the same facts again bring no new evidence");
    }

    @Test
    void aLaterSuccessClearsTheFailure() {
        assertThrows(ExtractionFailedException.class,
                () -> new ExtractService(failingSaveExtraction(store), Extractor.create()).extract("e1"));

        new ExtractService(store, Extractor.create()).extract("e1");

        assertEquals(ArticleStatus.EXTRACTED, store.find("e1").orElseThrow().status());
        assertEquals(null, store.find("e1").orElseThrow().reason());
    }

    @Test
    void reportsFactsPerArticleAndTheExtractionTime() {
        RecordingMetrics metrics = new RecordingMetrics();

        Extraction extraction = new ExtractService(store, Extractor.create()::extract, metrics).extract("e1");

        assertEquals(List.of((double) extraction.meetings().size()), metrics.values(MetricName.MEETINGS_PER_ARTICLE));
        assertEquals(List.of((double) extraction.statements().size()), metrics.values(MetricName.STATEMENTS_PER_ARTICLE));
        assertEquals(1, metrics.values(MetricName.EXTRACTION_MILLISECONDS).size());
        assertTrue(metrics.values(MetricName.EXTRACTION_MILLISECONDS).get(0) > 0);
        assertEquals(List.of(), metrics.values(MetricName.EXTRACTION_FAILURES));
    }

    @Test
    void countsAFailedExtraction() {
        RecordingMetrics metrics = new RecordingMetrics();

        assertThrows(ExtractionFailedException.class,
                () -> new ExtractService(failingSaveExtraction(store), Extractor.create()::extract, metrics).extract("e1"));

        assertEquals(List.of(1.0), metrics.values(MetricName.EXTRACTION_FAILURES));
        assertEquals(List.of(), metrics.values(MetricName.MEETINGS_PER_ARTICLE));
    }

    @Test
    void aStageThatThrewMarksTheArticleFailedWithTheStageAndIsRethrownInsteadOfStoringAnEmptyExtraction() {
        Function<Article, Extraction> crashing = article -> new Extraction(article.info(), List.of(), List.of(),
                "No meetings or statements found.", List.of(new Problem("coreference", "NullPointerException (at Coreference.resolve)")));

        ExtractionFailedException e = assertThrows(ExtractionFailedException.class,
                () -> new ExtractService(store, crashing).extract("e1"));

        assertTrue(e.getMessage().contains("the coreference stage failed"), e.getMessage());
        StoredArticle stored = store.find("e1").orElseThrow();
        assertEquals(ArticleStatus.FAILED, stored.status());
        assertEquals("RuleFailedException: the coreference stage failed: NullPointerException (at Coreference.resolve)",
                stored.reason());
        assertTrue(store.extraction("e1").isEmpty(), "nothing stored as the article's facts");
    }

    @Test
    void anUnknownArticleIsNotFound() {
        assertThrows(ArticleNotFoundException.class, () -> new ExtractService(store, Extractor.create()).extract("nope"));
    }

    /** The real store, except that saving an extraction fails as a throttled write would. */
    private static ParleyStore failingSaveExtraction(ParleyStore real) {
        return (ParleyStore) Proxy.newProxyInstance(ParleyStore.class.getClassLoader(), new Class<?>[] {ParleyStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("saveExtraction")) {
                        throw new StoreException("throttled");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException ex) {
                        throw ex.getCause();
                    }
                });
    }
}

package io.parley.pipeline;

import io.parley.extract.Extractor;
import io.parley.model.Extraction;
import io.parley.ops.Metric;
import io.parley.ops.MetricName;
import io.parley.ops.Metrics;
import io.parley.store.ArticleNotFoundException;
import io.parley.store.ParleyStore;
import io.parley.store.StoredArticle;

/**
 * Extracts a stored article and stores its facts, replacing any earlier extraction. On failure the
 * article is marked FAILED with the reason and the failure is rethrown, so the queue retries the message
 * and finally moves it to its dead-letter queue.
 */
public final class ExtractService {

    private final ParleyStore store;
    private final Extractor extractor;
    private final Metrics metrics;

    public ExtractService(ParleyStore store, Extractor extractor) {
        this(store, extractor, Metrics.NONE);
    }

    /** @param metrics facts per article, extraction time and failures */
    public ExtractService(ParleyStore store, Extractor extractor, Metrics metrics) {
        this.store = store;
        this.extractor = extractor;
        this.metrics = metrics;
    }

    /**
     * Extracts and stores the facts of one article.
     *
     * @throws ArticleNotFoundException when no such article is stored (retrying will not help)
     * @throws ExtractionFailedException when extraction or storage failed
     */
    public Extraction extract(String articleId) {
        StoredArticle stored = store.find(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        long started = System.nanoTime();
        try {
            Extraction extraction = extractor.extract(stored.article());
            store.saveExtraction(articleId, extraction, Extractor.VERSION);
            metrics.record(Metric.of(MetricName.MEETINGS_PER_ARTICLE, extraction.meetings().size()),
                    Metric.of(MetricName.STATEMENTS_PER_ARTICLE, extraction.statements().size()),
                    Metric.of(MetricName.EXTRACTION_MILLISECONDS, (System.nanoTime() - started) / 1e6));
            return extraction;
        } catch (RuntimeException e) {
            metrics.record(Metric.one(MetricName.EXTRACTION_FAILURES));
            markFailed(articleId, e);
            throw new ExtractionFailedException(articleId, e);
        }
    }

    private void markFailed(String articleId, RuntimeException cause) {
        try {
            store.markFailed(articleId, Reasons.of(cause));
        } catch (RuntimeException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }
}

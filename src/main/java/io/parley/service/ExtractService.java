package io.parley.service;

import io.parley.extract.Extractor;
import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.ops.Metric;
import io.parley.ops.MetricName;
import io.parley.ops.Metrics;
import io.parley.store.ArticleNotFoundException;
import io.parley.store.ParleyStore;
import io.parley.store.StoredArticle;
import java.util.Set;
import java.util.function.Function;

/**
 * Extracts a stored article and stores its facts, replacing any earlier extraction. On failure (storage, or
 * a stage of the extractor that threw: the extraction then carries the problem) the article is marked FAILED
 * with the reason and the stage, and the failure is rethrown, so the queue retries the message and finally
 * moves it to its dead-letter queue. An incomplete extraction is never stored as the article's facts. Once the
 * facts are stored, the actor groups the extraction brought new evidence to are handed to the revision queue (a
 * failure there is not the article's: it throws without marking it, and the retried message sends them again).
 */
public final class ExtractService {

    private final ParleyStore store;
    private final Function<Article, Extraction> extractor;
    private final Metrics metrics;
    private final RevisionQueue revisions;

    public ExtractService(ParleyStore store, Extractor extractor) {
        this(store, extractor::extract, Metrics.NONE);
    }

    /** A service over any extraction function (tests use one that reports a failed stage), with no metrics. */
    public ExtractService(ParleyStore store, Function<Article, Extraction> extractor) {
        this(store, extractor, Metrics.NONE);
    }

    /**
     * A service over any extraction function.
     *
     * @param metrics facts per article, extraction time and failures
     */
    public ExtractService(ParleyStore store, Function<Article, Extraction> extractor, Metrics metrics) {
        this(store, extractor, metrics, group -> new ActorRevisionService(store, metrics).revise(group));
    }

    /**
     * A service over any extraction function that hands the actor groups an extraction brought new evidence
     * to to {@code revisions} (revised at once when no queue is given).
     */
    public ExtractService(ParleyStore store, Function<Article, Extraction> extractor, Metrics metrics, RevisionQueue revisions) {
        this.store = store;
        this.extractor = extractor;
        this.metrics = metrics;
        this.revisions = revisions;
    }

    /**
     * Extracts and stores the facts of one article.
     *
     * @throws ArticleNotFoundException when no such article is stored (retrying will not help)
     * @throws ExtractionFailedException when a stage of the extractor or storage failed
     */
    public Extraction extract(String articleId) {
        return extract(store.find(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId)));
    }

    /**
     * Extracts and stores the facts of an article the caller has just read from the store (a bulk ingest, which
     * reads each article once to extract it ahead), as {@link #extract(String)} does.
     *
     * @throws ArticleNotFoundException when the article is no longer stored
     * @throws ExtractionFailedException when a stage of the extractor or storage failed
     */
    public Extraction extract(StoredArticle stored) {
        String articleId = stored.article().info().id();
        long started = System.nanoTime();
        Extraction extraction;
        Set<String> revise;
        try {
            extraction = extractor.apply(stored.article());
            if (extraction.hasProblems()) {
                throw new RuleFailedException(extraction.problems().get(0));
            }
            revise = store.saveExtraction(articleId, extraction, Extractor.VERSION);
            metrics.record(Metric.of(MetricName.MEETINGS_PER_ARTICLE, extraction.meetings().size()),
                    Metric.of(MetricName.STATEMENTS_PER_ARTICLE, extraction.statements().size()),
                    Metric.of(MetricName.EXTRACTION_MILLISECONDS, (System.nanoTime() - started) / 1e6));
        } catch (RuntimeException e) {
            metrics.record(Metric.one(MetricName.EXTRACTION_FAILURES));
            markFailed(articleId, e);
            throw new ExtractionFailedException(articleId, e);
        }
        revise.forEach(revisions::reviseActors);
        return extraction;
    }

    private void markFailed(String articleId, RuntimeException cause) {
        try {
            store.markFailed(articleId, Reasons.of(cause));
        } catch (RuntimeException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }
}

package io.parley.service;

import io.parley.extract.Extractor;
import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.store.ArticleNotFoundException;
import io.parley.store.ParleyStore;
import io.parley.store.StoredArticle;
import java.util.function.Function;

/**
 * Extracts a stored article and stores its facts, replacing any earlier extraction. On failure (storage, or
 * a stage of the extractor that threw: the extraction then carries the problem) the article is marked FAILED
 * with the reason and the stage, and the failure is rethrown, so the queue retries the message and finally
 * moves it to its dead-letter queue. An incomplete extraction is never stored as the article's facts.
 */
public final class ExtractService {

    private final ParleyStore store;
    private final Function<Article, Extraction> extractor;

    public ExtractService(ParleyStore store, Extractor extractor) {
        this(store, extractor::extract);
    }

    /** A service over any extraction function (tests use one that reports a failed stage). */
    public ExtractService(ParleyStore store, Function<Article, Extraction> extractor) {
        this.store = store;
        this.extractor = extractor;
    }

    /**
     * Extracts and stores the facts of one article.
     *
     * @throws ArticleNotFoundException when no such article is stored (retrying will not help)
     * @throws ExtractionFailedException when a stage of the extractor or storage failed
     */
    public Extraction extract(String articleId) {
        StoredArticle stored = store.find(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        try {
            Extraction extraction = extractor.apply(stored.article());
            if (extraction.hasProblems()) {
                throw new RuleFailedException(extraction.problems().get(0));
            }
            store.saveExtraction(articleId, extraction, Extractor.VERSION);
            return extraction;
        } catch (RuntimeException e) {
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

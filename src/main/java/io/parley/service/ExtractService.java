package io.parley.service;

import io.parley.extract.Extractor;
import io.parley.model.Extraction;
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

    public ExtractService(ParleyStore store, Extractor extractor) {
        this.store = store;
        this.extractor = extractor;
    }

    /**
     * Extracts and stores the facts of one article.
     *
     * @throws ArticleNotFoundException when no such article is stored (retrying will not help)
     * @throws ExtractionFailedException when extraction or storage failed
     */
    public Extraction extract(String articleId) {
        StoredArticle stored = store.find(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        try {
            Extraction extraction = extractor.extract(stored.article());
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

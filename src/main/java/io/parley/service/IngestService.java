package io.parley.service;

import io.parley.model.Article;
import io.parley.store.ArticleStatus;
import io.parley.store.ParleyStore;
import io.parley.store.StoredArticle;
import java.time.Clock;

/**
 * Stores an article once (its id is a hash of its content) and asks for its extraction. The same content
 * arriving again is a duplicate and is not extracted again; the one exception is an article still waiting
 * for extraction, whose request is sent again in case the first send was lost (extraction is idempotent).
 */
public final class IngestService {

    private final ParleyStore store;
    private final ExtractQueue queue;
    private final Clock clock;

    public IngestService(ParleyStore store, ExtractQueue queue, Clock clock) {
        this.store = store;
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * Ingests one article.
     *
     * @param source where it came from, kept with the article ("s3://bucket/key", "api", a feed URL)
     */
    public IngestResult ingest(Article article, String source) {
        String id = article.info().id();
        boolean isNew = store.saveNew(StoredArticle.received(article, source, clock.instant()));
        if (isNew || waitingForExtraction(id)) {
            queue.send(id);
        }
        return new IngestResult(id, article.info().title(),
                isNew ? IngestResult.Outcome.NEW : IngestResult.Outcome.DUPLICATE);
    }

    private boolean waitingForExtraction(String id) {
        return store.find(id).map(a -> a.status() == ArticleStatus.STORED).orElse(false);
    }
}

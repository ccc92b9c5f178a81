package io.parley.service;

import io.parley.ingest.ArticleReader;
import io.parley.ingest.InvalidArticleException;
import io.parley.model.Article;
import io.parley.ops.Metric;
import io.parley.ops.MetricName;
import io.parley.ops.Metrics;
import io.parley.store.ArticleStatus;
import io.parley.store.ArticleTooLargeException;
import io.parley.store.ParleyStore;
import io.parley.store.StoredArticle;
import java.time.Clock;

/**
 * Stores an article once (its id is a hash of its content) and asks for its extraction. The same content
 * arriving again is a duplicate and is not extracted again; the one exception is an article still waiting
 * for extraction, whose request is sent again in case the first send was lost (extraction is idempotent).
 * Every entry point (S3 upload, {@code POST /articles}, the command line, the scraper) comes through
 * {@link #ingest(Upload)}.
 */
public final class IngestService {

    private final ParleyStore store;
    private final ExtractQueue queue;
    private final Clock clock;
    private final ArticleIntake intake;
    private final Metrics metrics;

    public IngestService(ParleyStore store, ExtractQueue queue, Clock clock) {
        this(store, queue, clock, new ArticleIntake(ArticleReader.DEFAULT_MAX_BYTES), Metrics.NONE);
    }

    /** @param metrics counts new, duplicate and rejected articles */
    public IngestService(ParleyStore store, ExtractQueue queue, Clock clock, ArticleIntake intake, Metrics metrics) {
        this.store = store;
        this.queue = queue;
        this.clock = clock;
        this.intake = intake;
        this.metrics = metrics;
    }

    /**
     * Reads and ingests one upload; input that is not a readable article, or too large to store, is rejected
     * with the reason.
     */
    public IngestOutcome ingest(Upload upload) {
        try {
            return ingest(intake.read(upload), upload.source());
        } catch (InvalidArticleException | ArticleTooLargeException e) {
            metrics.record(Metric.one(MetricName.ARTICLES_REJECTED));
            return new IngestOutcome.Rejected(e.getMessage());
        }
    }

    /**
     * Ingests an article already read (the shipped examples, tests).
     *
     * @throws ArticleTooLargeException when it does not fit one item even compressed
     * @param source where it came from, kept with the article ("s3://bucket/key", "api", a feed URL)
     */
    public IngestOutcome.Stored ingest(Article article, String source) {
        String id = article.info().id();
        boolean isNew = store.saveNew(StoredArticle.received(article, source, clock.instant()));
        if (isNew || waitingForExtraction(id)) {
            queue.send(id);
        }
        metrics.record(Metric.one(isNew ? MetricName.ARTICLES_INGESTED : MetricName.ARTICLES_DUPLICATE));
        String title = article.info().title();
        return isNew ? new IngestOutcome.New(id, title) : new IngestOutcome.Duplicate(id, title);
    }

    private boolean waitingForExtraction(String id) {
        return store.find(id).map(a -> a.status() == ArticleStatus.STORED).orElse(false);
    }
}

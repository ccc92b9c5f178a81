package io.parley.ops;

import io.parley.pipeline.ExtractQueue;

/**
 * ReextractService queues every stored article for extraction again, through the same queue as new articles,
 * so a change of the extraction rules reaches the whole table. Extraction replaces an article's earlier facts,
 * so running it twice is harmless.
 */
public final class ReextractService {

    private final Iterable<String> articleIds;
    private final ExtractQueue queue;
    private final Metrics metrics;

    /** @param articleIds every stored article's id, read lazily (the table may be large) */
    public ReextractService(Iterable<String> articleIds, ExtractQueue queue, Metrics metrics) {
        this.articleIds = articleIds;
        this.queue = queue;
        this.metrics = metrics;
    }

    /** Queues every stored article; returns how many were queued. */
    public long requeueAll() {
        long queued = 0;
        for (String id : articleIds) {
            queue.send(id);
            queued++;
        }
        metrics.record(Metric.of(MetricName.ARTICLES_REQUEUED, queued));
        return queued;
    }
}

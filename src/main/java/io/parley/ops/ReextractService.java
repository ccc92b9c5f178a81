package io.parley.ops;

import java.util.function.Consumer;

/**
 * ReextractService queues every stored article for extraction again, through the same queue as new articles,
 * so a change of the extraction rules reaches the whole table. Extraction replaces an article's earlier facts,
 * so running it twice is harmless.
 */
public final class ReextractService {

    private final Iterable<String> articleIds;
    private final Consumer<String> queue;
    private final Metrics metrics;

    /**
     * @param articleIds every stored article's id, read lazily (the table may be large)
     * @param queue      sends one article id to the extract queue ({@code ExtractQueue::send})
     */
    public ReextractService(Iterable<String> articleIds, Consumer<String> queue, Metrics metrics) {
        this.articleIds = articleIds;
        this.queue = queue;
        this.metrics = metrics;
    }

    /** Queues every stored article; returns how many were queued. */
    public long requeueAll() {
        long queued = 0;
        for (String id : articleIds) {
            queue.accept(id);
            queued++;
        }
        metrics.record(Metric.of(MetricName.ARTICLES_REQUEUED, queued));
        return queued;
    }
}

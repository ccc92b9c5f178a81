package io.parley.app;

import io.parley.ops.Metrics;
import io.parley.service.ExtractQueue;
import io.parley.service.RevisionQueue;
import io.parley.store.FeedStore;
import io.parley.store.ParleyStore;

/**
 * The outside world the services run over: where articles and facts are kept, where feeds and seen pages
 * are kept, where extraction requests go (SQS in AWS, a queue in memory on the command line and in tests), and
 * where operational metrics go (CloudWatch Embedded Metric Format in AWS, nowhere elsewhere), and where "revise
 * actors" jobs go (the extract queue in AWS; {@link RevisionQueue#IN_PROCESS}, run at once, elsewhere).
 */
public record Ports(ParleyStore store, FeedStore feeds, ExtractQueue queue, Metrics metrics, RevisionQueue revisions) {

    /** Ports whose actor revisions run in the calling process. */
    public Ports(ParleyStore store, FeedStore feeds, ExtractQueue queue, Metrics metrics) {
        this(store, feeds, queue, metrics, RevisionQueue.IN_PROCESS);
    }

    /** Ports with no metrics (the command line, most tests), revisions run in process. */
    public Ports(ParleyStore store, FeedStore feeds, ExtractQueue queue) {
        this(store, feeds, queue, Metrics.NONE);
    }
}

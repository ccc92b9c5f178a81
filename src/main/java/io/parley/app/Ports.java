package io.parley.app;

import io.parley.service.ExtractQueue;
import io.parley.store.FeedStore;
import io.parley.store.ParleyStore;

/**
 * The outside world the services run over: where articles and facts are kept, where feeds and seen pages
 * are kept, and where extraction requests go (SQS in AWS, a queue in memory on the command line and in tests).
 */
public record Ports(ParleyStore store, FeedStore feeds, ExtractQueue queue) {
}

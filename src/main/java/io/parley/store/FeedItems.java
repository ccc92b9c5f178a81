package io.parley.store;

import static io.parley.store.Attributes.putIfPresent;
import static io.parley.store.Attributes.s;
import static io.parley.store.Attributes.string;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** FeedItems maps {@link FeedRecord}s and {@link SeenUrl}s to and from DynamoDB items. */
final class FeedItems {

    private FeedItems() {
    }

    static Map<String, AttributeValue> feed(FeedRecord feed) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(FeedKeys.feed(feed.url()), Keys.META));
        item.put(TableDefinition.GSI1_PK, s(FeedKeys.FEED_TYPE));
        item.put(TableDefinition.GSI1_SK, s(feed.url()));
        item.put("type", s("FEED"));
        item.put("url", s(feed.url()));
        putIfPresent(item, "title", feed.title());
        putIfPresent(item, "etag", feed.etag());
        putIfPresent(item, "lastModified", feed.lastModified());
        putIfPresent(item, "lastRun", feed.lastRun());
        putIfPresent(item, "lastError", feed.lastError());
        return item;
    }

    static FeedRecord toFeed(Map<String, AttributeValue> item) {
        return new FeedRecord(string(item, "url"), string(item, "title"), string(item, "etag"),
                string(item, "lastModified"), Attributes.instant(item, "lastRun"), string(item, "lastError"));
    }

    static Map<String, AttributeValue> seen(SeenUrl seen) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(FeedKeys.seen(seen.url()), Keys.META));
        item.put("type", s("SEEN"));
        item.put("url", s(seen.url()));
        item.put("outcome", s(seen.outcome().name()));
        putIfPresent(item, "reason", seen.reason());
        item.put("retryable", AttributeValue.fromBool(seen.retryable()));
        item.put("attempts", AttributeValue.fromN(Integer.toString(seen.attempts())));
        item.put("at", s(seen.at().toString()));
        putIfPresent(item, "articleId", seen.articleId());
        return item;
    }

    static SeenUrl toSeen(Map<String, AttributeValue> item) {
        return new SeenUrl(string(item, "url"), SeenUrl.Outcome.valueOf(string(item, "outcome")), string(item, "reason"),
                Boolean.TRUE.equals(item.get("retryable").bool()), Integer.parseInt(item.get("attempts").n()),
                Attributes.instant(item, "at"), string(item, "articleId"));
    }
}

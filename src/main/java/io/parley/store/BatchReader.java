package io.parley.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads items by key with one {@code BatchGetItem} (at most {@link #MAX_KEYS} keys), asking again for what
 * DynamoDB leaves unprocessed, with the backoff of {@link BatchWriter}; fails with {@link StoreException} when
 * keys are still unread after the last try. Items that do not exist are simply not in the result.
 */
final class BatchReader {

    /** The most keys of one {@code BatchGetItem}. */
    static final int MAX_KEYS = 100;
    private static final int MAX_TRIES = 8;

    private final DynamoDbClient dynamo;
    private final String table;

    BatchReader(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * The items of these keys (in no particular order), read as {@code how} says (consistency, projection); its
     * keys are replaced.
     *
     * @param what what the items are, for the error message
     */
    List<Map<String, AttributeValue>> read(List<Map<String, AttributeValue>> keys, KeysAndAttributes how, String what) {
        if (keys.size() > MAX_KEYS) {
            throw new IllegalArgumentException("at most " + MAX_KEYS + " keys per batch read, not " + keys.size());
        }
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        List<Map<String, AttributeValue>> pending = keys;
        for (int attempt = 0; attempt < MAX_TRIES && !pending.isEmpty(); attempt++) {
            BatchWriter.backoff(attempt);
            KeysAndAttributes request = how.toBuilder().keys(pending).build();
            BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(Map.of(table, request)));
            found.addAll(response.responses().getOrDefault(table, List.of()));
            KeysAndAttributes left = response.unprocessedKeys().get(table);
            pending = left == null ? List.of() : left.keys();
        }
        if (!pending.isEmpty()) {
            throw new StoreException(pending.size() + " " + what + " still unread after " + MAX_TRIES + " tries");
        }
        return found;
    }
}

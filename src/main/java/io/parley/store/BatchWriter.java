package io.parley.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes items in batches of 25, several batches at once ({@link Parallel}: a write of 200 items takes two
 * round trips instead of eight), and retries what DynamoDB leaves unprocessed, with exponential backoff; fails
 * with {@link StoreException} when items are still unprocessed after the last try. The batches of one call are
 * all written (or failed) when it returns, so a caller's order between calls holds (main items before their
 * copies, copies deleted before their main items).
 */
final class BatchWriter {

    static final int BATCH_SIZE = 25;
    private static final int MAX_TRIES = 8;
    private static final long BASE_DELAY_MILLIS = 25;

    private final DynamoDbClient dynamo;
    private final String table;

    BatchWriter(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    void put(List<Map<String, AttributeValue>> items) {
        write(items.stream().map(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()).toList());
    }

    void delete(List<Map<String, AttributeValue>> keys) {
        write(keys.stream().map(k -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(k).build()).build()).toList());
    }

    private void write(List<WriteRequest> requests) {
        List<List<WriteRequest>> batches = new ArrayList<>();
        for (int i = 0; i < requests.size(); i += BATCH_SIZE) {
            batches.add(new ArrayList<>(requests.subList(i, Math.min(requests.size(), i + BATCH_SIZE))));
        }
        Parallel.map(batches, batch -> {
            writeBatch(batch);
            return batch.size();
        });
    }

    private void writeBatch(List<WriteRequest> batch) {
        List<WriteRequest> pending = batch;
        for (int attempt = 0; attempt < MAX_TRIES && !pending.isEmpty(); attempt++) {
            backoff(attempt);
            List<WriteRequest> sending = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, sending)));
            pending = response.unprocessedItems().getOrDefault(table, List.of());
        }
        if (!pending.isEmpty()) {
            throw new StoreException(pending.size() + " items still unprocessed after " + MAX_TRIES + " tries");
        }
    }

    static void backoff(int attempt) {
        if (attempt == 0) {
            return;
        }
        try {
            Thread.sleep(BASE_DELAY_MILLIS << Math.min(attempt, 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying a batch write", e);
        }
    }
}

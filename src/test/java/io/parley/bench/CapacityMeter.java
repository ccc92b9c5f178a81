package io.parley.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A DynamoDB client that counts what its calls cost in on-demand request units, over another client (dynalite
 * in the benchmarks). Every request asks for {@code ReturnConsumedCapacity=TOTAL}; the table's units are the
 * server's answer (dynalite computes them as DynamoDB does: writes 1 unit per started KB of the larger of the
 * old and new item, reads 1 per started 4 KB summed over the items a query evaluates, halved when eventually
 * consistent). dynalite leaves out the global secondary indexes, so the meter adds them for puts, by
 * {@link RequestUnits#writeUnits}: one index write of the whole item (both indexes project everything) for each
 * index whose partition key the item has; a status update of an {@code ARTICLE#}/{@code META} item (the only
 * item updated in place that is in an index) costs the index what it costs the table. Deletes of indexed
 * items (only when an article is extracted again) are counted for the table only. Calls may come from several
 * threads at once (the store reads partitions and writes batches in parallel): every count is taken under the
 * meter's lock.
 */
final class CapacityMeter implements DynamoDbClient {

    /** What one kind of call cost: requests, read units, write units to the table and to the indexes, items and bytes written. */
    static final class Tally {
        long requests;
        double readUnits;
        double tableWriteUnits;
        double indexWriteUnits;
        long itemsWritten;
        long bytesWritten;

        double writeUnits() {
            return tableWriteUnits + indexWriteUnits;
        }

        void add(Tally other) {
            requests += other.requests;
            readUnits += other.readUnits;
            tableWriteUnits += other.tableWriteUnits;
            indexWriteUnits += other.indexWriteUnits;
            itemsWritten += other.itemsWritten;
            bytesWritten += other.bytesWritten;
        }
    }

    private final DynamoDbClient delegate;
    private final Map<String, Tally> byCall = new TreeMap<>();
    private final Map<String, Tally> byKind = new TreeMap<>();

    CapacityMeter(DynamoDbClient delegate) {
        this.delegate = delegate;
    }

    /** The counts since the last reset, by call name ({@code PutItem}, {@code Query}, …). */
    synchronized Map<String, Tally> byCall() {
        return Map.copyOf(byCall);
    }

    /** The puts since the last reset by kind of item: the partition key up to its first {@code #} ({@code TERM}, {@code ACTOR}, …). */
    synchronized Map<String, Tally> putsByKind() {
        return Map.copyOf(byKind);
    }

    /** The counts since the last reset, all calls together. */
    synchronized Tally total() {
        Tally all = new Tally();
        byCall.values().forEach(all::add);
        return all;
    }

    synchronized void reset() {
        byCall.clear();
        byKind.clear();
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        PutItemResponse response = delegate.putItem(request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        synchronized (this) {
            Tally t = tally("PutItem");
            t.tableWriteUnits += units(response.consumedCapacity());
            countPut(t, request.item());
        }
        return response;
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        UpdateItemResponse response = delegate.updateItem(request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        synchronized (this) {
            Tally t = tally("UpdateItem");
            double units = units(response.consumedCapacity());
            t.tableWriteUnits += units;
            t.indexWriteUnits += RequestUnits.indexedInPlace(request.key()) ? units : 0;
            t.itemsWritten++;
        }
        return response;
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        DeleteItemResponse response = delegate.deleteItem(request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        synchronized (this) {
            tally("DeleteItem").tableWriteUnits += units(response.consumedCapacity());
        }
        return response;
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        BatchWriteItemResponse response = delegate.batchWriteItem(request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        synchronized (this) {
            Tally t = tally("BatchWriteItem");
            response.consumedCapacity().forEach(c -> t.tableWriteUnits += units(c));
            request.requestItems().values().stream().flatMap(List::stream).map(WriteRequest::putRequest)
                    .filter(p -> p != null).map(PutRequest::item).forEach(item -> countPut(t, item));
        }
        return response;
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        GetItemResponse response = delegate.getItem(request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        countRead("GetItem", units(response.consumedCapacity()));
        return response;
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        BatchGetItemResponse response = delegate.batchGetItem(request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        countRead("BatchGetItem", response.consumedCapacity().stream().mapToDouble(CapacityMeter::units).sum());
        return response;
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        QueryResponse response = delegate.query(request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        countRead("Query", units(response.consumedCapacity()));
        return response;
    }

    @Override
    public ScanResponse scan(ScanRequest request) {
        ScanResponse response = delegate.scan(request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        countRead("Scan", units(response.consumedCapacity()));
        return response;
    }

    private void countPut(Tally t, Map<String, AttributeValue> item) {
        long units = RequestUnits.writeUnits(item);
        t.indexWriteUnits += units * RequestUnits.indexesOf(item);
        t.itemsWritten++;
        t.bytesWritten += RequestUnits.size(item);
        Tally kind = byKind.computeIfAbsent(RequestUnits.kind(item), k -> new Tally());
        kind.requests++;
        kind.tableWriteUnits += units;
        kind.indexWriteUnits += units * RequestUnits.indexesOf(item);
        kind.itemsWritten++;
        kind.bytesWritten += RequestUnits.size(item);
    }

    /** Reads may come from several threads at once (the store reads partitions in parallel). */
    private synchronized void countRead(String call, double units) {
        tally(call).readUnits += units;
    }

    private synchronized Tally tally(String call) {
        Tally t = byCall.computeIfAbsent(call, c -> new Tally());
        t.requests++;
        return t;
    }

    private static double units(ConsumedCapacity c) {
        return c == null || c.capacityUnits() == null ? 0 : c.capacityUnits();
    }
}

package io.parley.store;

import static io.parley.store.Attributes.s;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** The {@link FeedStore} on Parley's table: FEED and SEEN items as {@link Keys} describes. */
public final class DynamoFeedStore implements FeedStore {

    /** Guards the first write of a feed or a seen address: it must not replace one written before. */
    static final String NEW_ITEM = "attribute_not_exists(pk)";
    /** Guards a run's feed update: a feed removed meanwhile must not come back. */
    static final String EXISTING_ITEM = "attribute_exists(pk)";
    /** Guards a later seen record: only over the record this run read, so two runs cannot both count an attempt. */
    static final String SAME_ATTEMPTS = "attempts = :previous";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoFeedStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean add(String url) {
        return conditionalPut(FeedItems.feed(FeedRecord.of(url)), NEW_ITEM, Map.of());
    }

    @Override
    public boolean remove(String url) {
        Map<String, AttributeValue> old = dynamo.deleteItem(b -> b.tableName(table)
                .key(Attributes.key(FeedKeys.feed(url), Keys.META)).returnValues(ReturnValue.ALL_OLD)).attributes();
        return old != null && !old.isEmpty();
    }

    @Override
    public List<FeedRecord> list() {
        return dynamo.queryPaginator(b -> b.tableName(table).indexName(TableDefinition.GSI1)
                        .keyConditionExpression("gsi1pk = :type")
                        .expressionAttributeValues(Map.of(":type", s(FeedKeys.FEED_TYPE))))
                .items().stream().map(FeedItems::toFeed).toList();
    }

    @Override
    public Optional<FeedRecord> find(String url) {
        return get(FeedKeys.feed(url)).map(FeedItems::toFeed);
    }

    @Override
    public void saveRun(FeedRecord feed) {
        conditionalPut(FeedItems.feed(feed), EXISTING_ITEM, Map.of());
    }

    @Override
    public Optional<SeenUrl> seen(String url) {
        return get(FeedKeys.seen(url)).map(FeedItems::toSeen);
    }

    @Override
    public boolean recordSeen(SeenUrl seen, int previousAttempts) {
        Map<String, AttributeValue> item = FeedItems.seen(seen);
        return previousAttempts == 0 ? conditionalPut(item, NEW_ITEM, Map.of())
                : conditionalPut(item, SAME_ATTEMPTS, Map.of(":previous", AttributeValue.fromN(String.valueOf(previousAttempts))));
    }

    private Optional<Map<String, AttributeValue>> get(String pk) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attributes.key(pk, Keys.META))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private boolean conditionalPut(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression(condition)
                    .expressionAttributeValues(values.isEmpty() ? null : values));
            return true;
        } catch (ConditionalCheckFailedException alreadyThere) {
            return false;
        }
    }
}

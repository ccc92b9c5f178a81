package io.parley.store;

import static io.parley.store.Attributes.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * TableLayout tells whether a table may still hold facts in the unsharded all-facts partitions ({@code TYPE#M},
 * {@code TYPE#S}) of tables written before shards. A marker item ({@code TABLE} / {@code SHARDED}) says it holds
 * none: it is put when {@link TableSetup} creates the table, by the first extraction a process stores when both
 * partitions are empty ({@link #markOnceIfMigrated}: a table the SAM template created), and when {@code ./parley reextract} has extracted
 * every article again and found both partitions empty ({@link #markIfMigrated}). Nothing writes those partitions
 * any more, so a marked table stays so; an unmarked one is read as an old one (correct, one query more per
 * partition type). One instance per store: the marker is read on first use, then kept for the process.
 */
final class TableLayout {

    static final String SINCE = "since";

    private final DynamoDbClient dynamo;
    private final String table;
    private volatile Boolean unsharded;
    private volatile boolean triedToMark;

    TableLayout(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Whether listings must also read the unsharded all-facts partitions (read once, then cached). */
    boolean unsharded() {
        Boolean known = unsharded;
        if (known == null) {
            known = !marked(dynamo, table);
            unsharded = known;
        }
        return known;
    }

    /**
     * Once per process, on the write path: puts the marker if the table has none and both unsharded partitions
     * are empty, so a table created by the SAM template (which puts no marker) is marked by the first extraction
     * it stores. A failure is left for a later process: the marker only saves reads.
     */
    void markOnceIfMigrated() {
        if (triedToMark || !unsharded()) {
            return;
        }
        triedToMark = true;
        try {
            if (markIfMigrated(dynamo, table)) {
                unsharded = false;
            }
        } catch (RuntimeException leftForLater) {
            // the table is read as an old one until a later process marks it
        }
    }

    /** Whether the table has the marker. */
    static boolean marked(DynamoDbClient dynamo, String table) {
        GetItemResponse response = dynamo.getItem(b -> b.tableName(table).key(key()).projectionExpression("#pk")
                .expressionAttributeNames(Map.of("#pk", TableDefinition.PK)));
        return response.hasItem() && !response.item().isEmpty();
    }

    /** Puts the marker: the table holds no unsharded facts, and nothing will write any. */
    static void mark(DynamoDbClient dynamo, String table) {
        Map<String, AttributeValue> item = new HashMap<>(key());
        item.put(SINCE, s(Instant.now().toString()));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    /**
     * Puts the marker if the table has none and both unsharded all-facts partitions are empty (every article
     * extracted again since shards).
     *
     * @return whether it put the marker now
     */
    static boolean markIfMigrated(DynamoDbClient dynamo, String table) {
        if (marked(dynamo, table)) {
            return false;
        }
        for (Keys.FactType type : Keys.FactType.values()) {
            boolean empty = dynamo.query(b -> b.tableName(table).indexName(TableDefinition.GSI1)
                    .keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", TableDefinition.GSI1_PK))
                    .expressionAttributeValues(Map.of(":pk", s(Keys.type(type)))).limit(1)).items().isEmpty();
            if (!empty) {
                return false;
            }
        }
        mark(dynamo, table);
        return true;
    }

    private static Map<String, AttributeValue> key() {
        return Attributes.key(Keys.TABLE, Keys.SHARDED);
    }
}

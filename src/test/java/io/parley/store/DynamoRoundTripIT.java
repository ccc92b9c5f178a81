package io.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.testing.LocalAwsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;

/** The Quarkus-injected client reaches dynalite, and the table has the shape the code defines. */
@QuarkusTest
@WithTestResource(LocalAwsResource.class)
class DynamoRoundTripIT {

    @Inject
    DynamoDbClient dynamo;

    @Test
    void writesAndReadsAnItemThroughTheInjectedClient() {
        Map<String, AttributeValue> key = Map.of(
                TableDefinition.PK, AttributeValue.fromS("TEST#round-trip"),
                TableDefinition.SK, AttributeValue.fromS("META"));
        Map<String, AttributeValue> item = new java.util.HashMap<>(key);
        item.put("headline", AttributeValue.fromS("Ministers meet in Vienna"));
        dynamo.putItem(b -> b.tableName(LocalAwsResource.TABLE).item(item));

        Map<String, AttributeValue> read = dynamo.getItem(b -> b.tableName(LocalAwsResource.TABLE).key(key)).item();

        assertEquals("Ministers meet in Vienna", read.get("headline").s());
    }

    @Test
    void tableHasTheDefinedIndexes() {
        DescribeTableResponse table = dynamo.describeTable(b -> b.tableName(LocalAwsResource.TABLE));

        var names = table.table().globalSecondaryIndexes().stream().map(i -> i.indexName()).toList();
        assertEquals(TableDefinition.indexes().stream().map(TableDefinition.IndexKeys::name).toList(), names);
        assertTrue(table.table().keySchema().stream().anyMatch(k -> k.attributeName().equals(TableDefinition.PK)));
    }
}

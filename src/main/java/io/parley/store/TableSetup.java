package io.parley.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/** Creates Parley's table on a local DynamoDB-compatible server (in AWS, the SAM template creates it). */
public final class TableSetup {

    private TableSetup() {
    }

    /** Creates the table unless it exists, and waits until it is active. */
    public static void createIfMissing(DynamoDbClient dynamo, String tableName) {
        try {
            dynamo.createTable(TableDefinition.createRequest(tableName));
        } catch (ResourceInUseException alreadyThere) {
            // created by an earlier run: nothing to do
        }
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
    }
}

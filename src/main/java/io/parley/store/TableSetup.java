package io.parley.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/** Creates Parley's table on a local DynamoDB-compatible server (in AWS, the SAM template creates it). */
public final class TableSetup {

    private TableSetup() {
    }

    /**
     * Creates the table unless it exists, and waits until it is active. A table it creates gets the marker that it
     * holds no facts of the unsharded layout ({@link TableLayout}), so its listings read the shards only.
     */
    public static void createIfMissing(DynamoDbClient dynamo, String tableName) {
        boolean created;
        try {
            dynamo.createTable(TableDefinition.createRequest(tableName));
            created = true;
        } catch (ResourceInUseException alreadyThere) {
            created = false; // created by an earlier run: its marker, if any, is already there
        }
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
        if (created) {
            TableLayout.mark(dynamo, tableName);
        }
    }
}

package io.parley.testing;

import io.parley.local.LocalServerOptions;
import io.parley.local.LocalServers;
import io.parley.store.LocalDynamo;
import io.parley.store.TableSetup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** An in-memory dynalite with Parley's table, for plain JUnit tests of the store. Close it after the tests. */
public final class Dynalite implements AutoCloseable {

    public static final String TABLE = "parley-store-test";

    private final LocalServers servers;
    private final DynamoDbClient client;

    private Dynalite(LocalServers servers) {
        this.servers = servers;
        this.client = LocalDynamo.client(servers.dynamoEndpoint());
    }

    public static Dynalite start() {
        Dynalite dynalite = new Dynalite(LocalServers.start(LocalServerOptions.inMemory()));
        TableSetup.createIfMissing(dynalite.client, TABLE);
        return dynalite;
    }

    public DynamoDbClient client() {
        return client;
    }

    /** Deletes and recreates the table, so each test starts empty. */
    public void reset() {
        client.deleteTable(b -> b.tableName(TABLE));
        client.waiter().waitUntilTableNotExists(b -> b.tableName(TABLE));
        TableSetup.createIfMissing(client, TABLE);
    }

    @Override
    public void close() {
        client.close();
        servers.close();
    }
}

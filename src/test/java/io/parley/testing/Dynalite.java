package io.parley.testing;

import io.parley.local.LocalServerOptions;
import io.parley.local.LocalServers;
import io.parley.store.LocalDynamo;
import io.parley.store.TableSetup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * An in-memory dynalite shared by every test of one run (started on first use, stopped when the JVM exits),
 * with a fresh Parley table for each {@link #start()}: the store's own tests, which must see the real SDK.
 * Service, question and command-line tests use {@link io.parley.store.InMemoryStore} instead.
 */
public final class Dynalite implements AutoCloseable {

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static Shared shared;

    private final DynamoDbClient client;
    private final String table;

    private Dynalite(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** The shared server, with a new empty table for the caller. */
    public static Dynalite start() {
        DynamoDbClient client = server().client;
        String table = "parley-store-test-" + TABLES.incrementAndGet();
        TableSetup.createIfMissing(client, table);
        return new Dynalite(client, table);
    }

    public DynamoDbClient client() {
        return client;
    }

    /** This caller's table. */
    public String table() {
        return table;
    }

    /** Deletes every item of this caller's table, so each test starts empty (cheaper than dropping the table). */
    public void reset() {
        List<Map<String, AttributeValue>> keys = client.scanPaginator(b -> b.tableName(table)
                .projectionExpression("pk, sk")).items().stream().toList();
        for (int i = 0; i < keys.size(); i += 25) {
            List<WriteRequest> deletes = keys.subList(i, Math.min(i + 25, keys.size())).stream()
                    .map(k -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(k).build()).build())
                    .toList();
            client.batchWriteItem(b -> b.requestItems(Map.of(table, deletes)));
        }
    }

    /** Leaves the shared server running for the next test class; it stops with the JVM. */
    @Override
    public void close() {
    }

    private static synchronized Shared server() {
        if (shared == null) {
            LocalServers servers = LocalServers.start(LocalServerOptions.inMemory());
            shared = new Shared(servers, LocalDynamo.client(servers.dynamoEndpoint()));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "dynalite-stop"));
        }
        return shared;
    }

    private record Shared(LocalServers servers, DynamoDbClient client) {
        void close() {
            client.close();
            servers.close();
        }
    }
}

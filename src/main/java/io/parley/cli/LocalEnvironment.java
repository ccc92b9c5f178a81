package io.parley.cli;

import io.parley.local.LocalServerOptions;
import io.parley.local.LocalServers;
import io.parley.store.LocalDynamo;
import io.parley.store.TableSetup;
import java.nio.file.Path;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The local stand-in for the deployed stack: dynalite (and s3rver) keeping data under {@code .parley/} in
 * the working directory, with Parley's table created. Closing it stops the servers.
 */
final class LocalEnvironment implements AutoCloseable {

    static final String TABLE = "parley";
    /** Where local data lives: {@code .parley/} in the working directory, or the {@code parley.data} property. */
    static final String DATA_PROPERTY = "parley.data";

    private final LocalServers servers;
    private final DynamoDbClient dynamo;

    private LocalEnvironment(LocalServers servers) {
        this.servers = servers;
        this.dynamo = LocalDynamo.client(servers.dynamoEndpoint());
    }

    /** Starts the servers with data under {@code .parley/} and makes sure the table exists. */
    static LocalEnvironment start() {
        LocalServers servers = LocalServers.start(LocalServerOptions.persistentUnder(Path.of(System.getProperty(DATA_PROPERTY, ".parley"))));
        try {
            LocalEnvironment env = new LocalEnvironment(servers);
            TableSetup.createIfMissing(env.dynamo, TABLE);
            return env;
        } catch (RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    DynamoDbClient dynamo() {
        return dynamo;
    }

    LocalServers servers() {
        return servers;
    }

    @Override
    public void close() {
        dynamo.close();
        servers.close();
    }
}

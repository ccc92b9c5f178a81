package io.parley.cli;

import io.parley.local.LocalServerOptions;
import io.parley.local.LocalServers;
import io.parley.local.RunningServers;
import io.parley.store.LocalDynamo;
import io.parley.store.TableSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The local stand-in for the deployed stack: dynalite (and s3rver) keeping data under {@code .parley/} in
 * the working directory, with Parley's table created. When another command (such as {@code parley local} or
 * {@code parley serve}) already runs the servers over the same folder, they are shared instead of started
 * (dynalite locks its folder, so a second one could not open it). Closing stops only servers it started.
 */
final class LocalEnvironment implements AutoCloseable {

    static final String TABLE = "parley";
    /** Where local data lives: {@code .parley/} in the working directory, or the {@code parley.data} property. */
    static final String DATA_PROPERTY = "parley.data";

    private final Path dataDir;
    private final LocalServers owned;
    private final URI dynamoEndpoint;
    private final URI s3Endpoint;
    private final DynamoDbClient dynamo;

    private LocalEnvironment(Path dataDir, LocalServers owned, URI dynamoEndpoint, URI s3Endpoint) {
        this.dataDir = dataDir;
        this.owned = owned;
        this.dynamoEndpoint = dynamoEndpoint;
        this.s3Endpoint = s3Endpoint;
        this.dynamo = LocalDynamo.client(dynamoEndpoint);
    }

    /** Shares the servers running over the data folder, or starts them; makes sure the table exists. */
    static LocalEnvironment start() {
        Path dataDir = dataDir();
        LocalEnvironment env = openUnderStartLock(dataDir);
        try {
            TableSetup.createIfMissing(env.dynamo, TABLE);
            return env;
        } catch (RuntimeException e) {
            env.close();
            throw e;
        }
    }

    static Path dataDir() {
        return Path.of(System.getProperty(DATA_PROPERTY, ".parley"));
    }

    /** Holds {@code start.lock} while looking for running servers and starting them, so two starts never race. */
    private static LocalEnvironment openUnderStartLock(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            try (FileChannel channel = FileChannel.open(dataDir.resolve("start.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                return open(dataDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the data folder " + dataDir.toAbsolutePath(), e);
        }
    }

    private static LocalEnvironment open(Path dataDir) {
        Optional<RunningServers.Endpoints> running = RunningServers.find(dataDir);
        if (running.isPresent()) {
            return new LocalEnvironment(dataDir, null, running.get().dynamo(), running.get().s3());
        }
        LocalServers servers = LocalServers.start(LocalServerOptions.persistentUnder(dataDir));
        RunningServers.note(dataDir, servers);
        return new LocalEnvironment(dataDir, servers, servers.dynamoEndpoint(), servers.s3Endpoint().orElse(null));
    }

    DynamoDbClient dynamo() {
        return dynamo;
    }

    URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    Optional<URI> s3Endpoint() {
        return Optional.ofNullable(s3Endpoint);
    }

    /** The local articles bucket, when the servers run S3: uploads under {@code incoming/} queue S3 events here. */
    Optional<IncomingBucket> incomingBucket() {
        return s3Endpoint().map(s3 -> new IncomingBucket(s3, dataDir.resolve(LocalServerOptions.INGEST_QUEUE)));
    }

    /** Whether the servers belong to another running command (and outlive this one). */
    boolean shared() {
        return owned == null;
    }

    @Override
    public void close() {
        dynamo.close();
        if (owned != null) {
            RunningServers.forget(dataDir);
            owned.close();
        }
    }
}

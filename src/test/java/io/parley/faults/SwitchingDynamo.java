package io.parley.faults;

import io.parley.store.LocalDynamo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * SwitchingDynamo is one {@link DynamoDbClient} that talks to whichever endpoint a file names: {@link #follow}
 * re-reads the file and, when the endpoint changed (the database was restarted on another port), sends
 * every later call to a client of the new one.
 */
final class SwitchingDynamo {

    /** A call to a database that hangs rather than refuses fails and is retried instead of waiting forever. */
    private static final Duration ATTEMPT = Duration.ofSeconds(10);
    private static final Duration CALL = Duration.ofSeconds(30);

    private final Path endpointFile;
    private volatile URI endpoint;
    private volatile DynamoDbClient current;

    SwitchingDynamo(Path endpointFile) {
        this.endpointFile = endpointFile;
        follow();
    }

    /** The client that follows the endpoint. */
    DynamoDbClient client() {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return method.invoke(current, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (DynamoDbClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DynamoDbClient.class}, handler);
    }

    /** Switches to the endpoint the file names now, if it changed. */
    void follow() {
        URI named = URI.create(read().strip());
        if (!named.equals(endpoint)) {
            DynamoDbClient old = current;
            current = LocalDynamo.builder(named)
                    .overrideConfiguration(c -> c.apiCallAttemptTimeout(ATTEMPT).apiCallTimeout(CALL)).build();
            endpoint = named;
            if (old != null) {
                old.close();
            }
        }
    }

    private String read() {
        try {
            return Files.readString(endpointFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

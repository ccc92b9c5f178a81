package io.parley.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.store.LocalDynamo;
import io.parley.store.TableSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class LocalServersIT {

    @Test
    void stopsWithoutLeavingAProcessBehind() {
        LocalServers servers = LocalServers.start(LocalServerOptions.inMemory());
        ProcessHandle server = servers.handle();
        List<ProcessHandle> family = Stream.concat(Stream.of(server), server.descendants()).toList();
        assertTrue(server.isAlive());

        servers.close();

        assertTrue(family.stream().noneMatch(ProcessHandle::isAlive));
    }

    @Test
    void persistsDataAcrossRestartsWhenGivenADirectory(@TempDir Path dir) {
        LocalServerOptions options = LocalServerOptions.persistentUnder(dir);
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("ARTICLE#1"), "sk", AttributeValue.fromS("META"));
        try (LocalServers servers = LocalServers.start(options); DynamoDbClient dynamo = LocalDynamo.client(servers.dynamoEndpoint())) {
            TableSetup.createIfMissing(dynamo, "parley");
            dynamo.putItem(b -> b.tableName("parley").item(key));
        }
        try (LocalServers servers = LocalServers.start(options); DynamoDbClient dynamo = LocalDynamo.client(servers.dynamoEndpoint())) {
            assertEquals(key, dynamo.getItem(b -> b.tableName("parley").key(key)).item());
        }
        assertTrue(Files.isDirectory(dir.resolve("dynamodb")));
    }
}

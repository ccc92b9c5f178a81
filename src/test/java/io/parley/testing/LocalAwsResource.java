package io.parley.testing;

import io.parley.local.LocalServerOptions;
import io.parley.local.LocalServers;
import io.parley.store.LocalDynamo;
import io.parley.store.TableSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Starts dynalite (in memory) and s3rver for a {@code @QuarkusTest}, creates Parley's table, and points
 * the Quarkus-injected AWS clients at them.
 */
public class LocalAwsResource implements QuarkusTestResourceLifecycleManager {

    public static final String TABLE = "parley-test";
    public static final String BUCKET = "parley-articles-test";
    public static final String QUEUE = "parley-extract-test";

    private LocalServers servers;
    private ElasticMq sqs;
    private Path s3Dir;

    @Override
    public Map<String, String> start() {
        s3Dir = tempDir();
        servers = LocalServers.start(LocalServerOptions.inMemory().withS3(s3Dir));
        try (DynamoDbClient dynamo = LocalDynamo.client(servers.dynamoEndpoint())) {
            TableSetup.createIfMissing(dynamo, TABLE);
        }
        try (S3Client s3 = LocalS3.client(servers.s3Endpoint().orElseThrow())) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
        sqs = ElasticMq.start();
        String queueUrl;
        try (SqsClient client = sqs.client()) {
            queueUrl = client.createQueue(b -> b.queueName(QUEUE)).queueUrl();
        }
        return Map.ofEntries(
                Map.entry("parley.extract-queue-url", queueUrl),
                Map.entry("parley.sqs.endpoint-override", sqs.endpoint().toString()),
                Map.entry("parley.sqs.region", LocalDynamo.REGION),
                Map.entry("parley.table", TABLE),
                Map.entry("quarkus.dynamodb.endpoint-override", servers.dynamoEndpoint().toString()),
                Map.entry("quarkus.dynamodb.aws.region", LocalDynamo.REGION),
                Map.entry("quarkus.dynamodb.aws.credentials.type", "static"),
                Map.entry("quarkus.dynamodb.aws.credentials.static-provider.access-key-id", LocalDynamo.ACCESS_KEY),
                Map.entry("quarkus.dynamodb.aws.credentials.static-provider.secret-access-key", LocalDynamo.SECRET_KEY),
                Map.entry("quarkus.s3.endpoint-override", servers.s3Endpoint().orElseThrow().toString()),
                Map.entry("quarkus.s3.path-style-access", "true"),
                Map.entry("quarkus.s3.chunked-encoding", "false"),
                Map.entry("quarkus.s3.aws.region", LocalDynamo.REGION),
                Map.entry("quarkus.s3.aws.credentials.type", "static"),
                Map.entry("quarkus.s3.aws.credentials.static-provider.access-key-id", LocalDynamo.ACCESS_KEY),
                Map.entry("quarkus.s3.aws.credentials.static-provider.secret-access-key", LocalDynamo.SECRET_KEY));
    }

    @Override
    public void stop() {
        if (sqs != null) {
            sqs.close();
        }
        if (servers != null) {
            servers.close();
        }
        if (s3Dir != null) {
            deleteTree(s3Dir);
        }
    }

    /** s3rver's folder lives under target/ and goes when the servers stop: tests leave nothing in /tmp. */
    private static Path tempDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "parley-s3");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

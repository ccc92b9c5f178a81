package io.parley.functions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.json.Json;
import io.parley.ops.MetricName;
import io.parley.ops.Metrics;
import io.parley.store.ArticleStatus;
import io.parley.store.ParleyStore;
import io.parley.store.StoredArticle;
import io.parley.testing.Events;
import io.parley.testing.LocalAwsResource;
import io.parley.testing.RecordingMetrics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

@QuarkusTest
@TestProfile(FunctionProfiles.Ingest.class)
@WithTestResource(LocalAwsResource.class)
class IngestFunctionIT {

    private static final String LIMA = "Bolivia and Paraguay discuss river transport\n\nASUNCION — Bolivian Foreign Minister "
            + "Marta Quispe met her Paraguayan counterpart Luis Benitez in Asuncion on Thursday.";

    @Inject
    S3Client s3;
    @Inject
    SqsClient sqs;
    @Inject
    ParleyStore store;
    @Inject
    SnapStartPriming priming;
    @ConfigProperty(name = "parley.extract-queue-url")
    String queueUrl;

    @Test
    void storesAnUploadedArticleOnceAndQueuesItsExtraction() throws IOException {
        upload("incoming/vienna talks.txt", Files.readAllBytes(Path.of("src/test/resources/pipeline/vienna-talks.txt")),
                Map.of("published", "2025-11-19", "outlet", "Example Wire"));
        String event = Events.s3Put(LocalAwsResource.BUCKET, "incoming/vienna+talks.txt");

        String id = given().contentType("application/json").body(event).when().post()
                .then().statusCode(200)
                .body("results", hasSize(1))
                .body("results[0].outcome", equalTo("NEW"))
                .body("results[0].source", equalTo("s3://" + LocalAwsResource.BUCKET + "/incoming/vienna talks.txt"))
                .extract().path("results[0].articleId");

        StoredArticle stored = store.find(id).orElseThrow();
        assertEquals(LocalDate.of(2025, 11, 19), stored.article().info().published());
        assertEquals("Example Wire", stored.article().info().outlet());
        assertEquals(ArticleStatus.STORED, stored.status());
        assertEquals(List.of(id), drainQueue());

        given().contentType("application/json").body(event).when().post()
                .then().statusCode(200).body("results[0].outcome", equalTo("DUPLICATE"))
                .body("results[0].articleId", equalTo(id));
    }

    @Test
    void rejectsAnUploadThatIsNotAnArticleWithoutFailingTheEvent() throws IOException {
        upload("incoming/photo.bin", Files.readAllBytes(Path.of("src/test/resources/pipeline/binary.bin")), Map.of());

        given().contentType("application/json").body(Events.s3Put(LocalAwsResource.BUCKET, "incoming/photo.bin"))
                .when().post()
                .then().statusCode(200)
                .body("results[0].outcome", equalTo("REJECTED"))
                .body("results[0].error", matchesPattern(".*(binary|UTF-8).*"));
    }

    @Test
    void countsRejectedAndNewArticles() throws IOException {
        RecordingMetrics metrics = new RecordingMetrics();
        QuarkusMock.installMockForType(metrics, Metrics.class);
        upload("incoming/scan.bin", Files.readAllBytes(Path.of("src/test/resources/pipeline/binary.bin")), Map.of());
        given().contentType("application/json").body(Events.s3Put(LocalAwsResource.BUCKET, "incoming/scan.bin"))
                .when().post().then().statusCode(200);
        String article = Json.write(Map.of("title", "Chile and Peru hold fisheries talks",
                "body", "LIMA — Chilean Foreign Minister Ana Rojas met her Peruvian counterpart in Lima on Friday.",
                "published", "2025-11-21"));
        given().contentType("application/json").body(article).when().post().then().statusCode(200);

        assertEquals(List.of(1.0), metrics.values(MetricName.ARTICLES_REJECTED));
        assertEquals(List.of(1.0), metrics.values(MetricName.ARTICLES_INGESTED));
    }

    @Test
    void acceptsAnArticlePassedDirectly() {
        String article = Json.write(Map.of("title", "Kenya and Ethiopia sign a border trade pact",
                "body", "NAIROBI — Kenyan President William Ruto received Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.",
                "published", "2025-11-17"));

        given().contentType("application/json").body(article).when().post()
                .then().statusCode(200)
                .body("results[0].outcome", equalTo("NEW"))
                .body("results[0].source", startsWith("invoke"));
    }

    @Test
    void anObjectDeletedSinceItsEventIsRejectedNotRetried() {
        given().contentType("application/json").body(Events.s3Put(LocalAwsResource.BUCKET, "incoming/never-uploaded.txt"))
                .when().post()
                .then().statusCode(200)
                .body("results[0].outcome", equalTo("REJECTED"))
                .body("results[0].error", containsString("no longer exists"));
    }

    @Test
    void aQueueBatchIngestsEachUploadAloneAndReportsOnlyTheMessageThatMayStillSucceed() throws IOException {
        upload("incoming/asuncion.txt", LIMA.getBytes(StandardCharsets.UTF_8), Map.of("published", "2025-11-21"));
        upload("incoming/blob.bin", Files.readAllBytes(Path.of("src/test/resources/pipeline/binary.bin")), Map.of());
        Map<String, String> messages = new LinkedHashMap<>();
        messages.put("m-bad-file", Events.s3Put(LocalAwsResource.BUCKET, "incoming/blob.bin"));
        messages.put("m-s3-down", Events.s3Put("a-bucket-that-does-not-exist", "incoming/x.txt"));
        messages.put("m-good", Events.s3Put(LocalAwsResource.BUCKET, "incoming/asuncion.txt"));
        messages.put("m-setup", "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"b\"}");

        given().contentType("application/json").body(Events.sqs(messages)).when().post()
                .then().statusCode(200)
                .body("batchItemFailures", hasSize(1))
                .body("batchItemFailures[0].itemIdentifier", equalTo("m-s3-down"));

        assertEquals(List.of(ArticleStatus.STORED), statusesFrom("s3://" + LocalAwsResource.BUCKET + "/incoming/asuncion.txt"));
        drainQueue();
    }

    @Test
    void oneRecordThatFailsFailsItsEventOnlyAfterTheOtherRecordsAreStored() throws IOException {
        upload("incoming/asuncion-2.txt", (LIMA + " They met again on Saturday.").getBytes(StandardCharsets.UTF_8), Map.of());
        ObjectNode event = (ObjectNode) Json.mapper().readTree(Events.s3Put(LocalAwsResource.BUCKET, "incoming/asuncion-2.txt"));
        ArrayNode records = (ArrayNode) event.path("Records");
        ObjectNode broken = records.get(0).deepCopy();
        ((ObjectNode) broken.path("s3").path("bucket")).put("name", "a-bucket-that-does-not-exist");
        records.insert(0, broken);

        given().contentType("application/json").body(event.toString()).when().post().then().statusCode(500);

        assertEquals(List.of(ArticleStatus.STORED), statusesFrom("s3://" + LocalAwsResource.BUCKET + "/incoming/asuncion-2.txt"));
        drainQueue();
    }

    private void upload(String key, byte[] bytes, Map<String, String> metadata) {
        s3.putObject(b -> b.bucket(LocalAwsResource.BUCKET).key(key).metadata(metadata), RequestBody.fromBytes(bytes));
    }

    private List<ArticleStatus> statusesFrom(String source) {
        List<ArticleStatus> found = new java.util.ArrayList<>();
        store.articleIds().forEach(id -> store.find(id).filter(a -> a.source().equals(source)).ifPresent(a -> found.add(a.status())));
        return found;
    }

    private List<String> drainQueue() {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
        messages.forEach(m -> sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle())));
        return messages.stream().map(m -> Json.read(m.body(), io.parley.aws.ExtractMessage.class).articleId()).toList();
    }

    @Test
    void primingSendsTheS3TestEventThroughTheHandler() {
        List<String> answers = priming.sendRequests(priming.requests());

        assertEquals(1, answers.size());
        assertNotNull(answers.get(0), "the handler answered");
        assertFalse(answers.get(0).contains("itemIdentifier"), answers.get(0));
    }
}

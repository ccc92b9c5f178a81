package io.parley.functions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.aws.ExtractMessage;
import io.parley.json.Json;
import io.parley.testing.Events;
import io.parley.testing.LocalAwsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The whole flow as AWS runs it: an upload to S3, the ingest function on its S3 event, the message it
 * sends to SQS, the extract function on that message, then the query API (through the Lambda event server).
 */
@QuarkusTest
@TestProfile(FunctionProfiles.Query.class)
@WithTestResource(LocalAwsResource.class)
class EndToEndIT {

    @Inject
    S3Client s3;
    @Inject
    SqsClient sqs;
    @Inject
    IngestFunction ingestFunction;
    @Inject
    ExtractFunction extractFunction;
    @ConfigProperty(name = "parley.extract-queue-url")
    String queueUrl;

    @Test
    void uploadedArticleBecomesQueryableMeetingsAndStatements() throws Exception {
        byte[] article = Files.readAllBytes(Path.of("src/test/resources/pipeline/vienna-talks.txt"));
        s3.putObject(b -> b.bucket(LocalAwsResource.BUCKET).key("incoming/vienna.txt").metadata(Map.of("published", "2025-11-19")),
                RequestBody.fromBytes(article));

        IngestReport report = ingestFunction.ingest(
                Json.read(Events.s3Put(LocalAwsResource.BUCKET, "incoming/vienna.txt"), IngestEvent.class));
        String id = report.results().get(0).articleId();

        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(2)).messages();
        assertEquals(1, messages.size());
        extractFunction.extract(Json.read(messages.get(0).body(), ExtractMessage.class));

        JsonPath meetings = query("/meetings", Map.of("actor", "Sugiono", "from", "2025-11-18", "to", "2025-11-18"));
        assertThat(meetings.getList("items.articleId"), hasItem(id));
        JsonPath statements = query("/statements", Map.of("speaker", "Meinl-Reisinger"));
        assertThat(statements.getList("items.statement.quote"),
                hasItem("We agreed to open negotiations on a new investment treaty early next year"));
        assertThat(query("/articles/" + id, Map.of()).getString("status"), equalTo("EXTRACTED"));
    }

    private JsonPath query(String path, Map<String, String> params) {
        String body = given().contentType("application/json").body(Events.http("GET", path, params, null))
                .when().post().then().statusCode(200).body("statusCode", equalTo(200)).extract().path("body");
        return new JsonPath(body);
    }
}

package io.parley.functions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.service.IngestService;
import io.parley.testing.Facts;
import io.parley.testing.LocalAwsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

@QuarkusTest
@TestProfile(ReextractFunctionIT.Reextract.class)
@WithTestResource(LocalAwsResource.class)
class ReextractFunctionIT {

    /** Runs the reextract function. */
    public static final class Reextract implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "reextract");
        }
    }

    @Inject
    IngestService ingest;
    @Inject
    SqsClient sqs;
    @ConfigProperty(name = "parley.extract-queue-url")
    String queueUrl;

    @Test
    void queuesEveryStoredArticleOnTheExtractQueueWithOneCorrelationId() throws Exception {
        String first = store("r1", "Talks in Lima\n\nThe Peruvian and Japanese ministers met in Lima.\n");
        String second = store("r2", "Call on trade\n\nThe Kenyan president spoke by phone with his Irish counterpart.\n");
        drain();

        given().contentType("application/json").body("{}").when().post()
                .then().statusCode(200).body("queued", equalTo(2));

        List<JsonNode> bodies = drain();
        Set<String> ids = new HashSet<>();
        Set<String> correlations = new HashSet<>();
        for (JsonNode body : bodies) {
            ids.add(body.path("articleId").asText());
            correlations.add(body.path("correlationId").asText());
        }
        assertEquals(Set.of(first, second), ids);
        assertEquals(1, correlations.size(), correlations.toString());
        assertFalse(correlations.iterator().next().isBlank());
    }

    private String store(String id, String text) {
        return ingest.ingest(Facts.article(id, LocalDate.of(2025, 11, 19), text), "test").articleId();
    }

    /** Receives and deletes every message now on the queue, returning their bodies. */
    private List<JsonNode> drain() throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        while (true) {
            List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages();
            if (messages.isEmpty()) {
                return bodies;
            }
            for (Message m : messages) {
                bodies.add(json.readTree(m.body()));
                sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
            }
        }
    }
}

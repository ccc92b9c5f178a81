package io.parley.functions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.extract.Extractor;
import io.parley.ingest.ArticleReader;
import io.parley.model.Extraction;
import io.parley.service.IngestService;
import io.parley.store.ArticleStatus;
import io.parley.store.ParleyStore;
import io.parley.testing.Events;
import io.parley.testing.LocalAwsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FunctionProfiles.Extract.class)
@WithTestResource(LocalAwsResource.class)
class ExtractFunctionIT {

    @Inject
    IngestService ingest;
    @Inject
    ParleyStore store;
    @Inject
    SnapStartPriming priming;

    @Test
    void extractsEachMessageAndReportsOnlyTheBadOneAsABatchItemFailure() throws Exception {
        String id = ingestFixture();
        Map<String, String> messages = new LinkedHashMap<>();
        messages.put("good-1", "{\"articleId\":\"" + id + "\"}");
        messages.put("bad-2", "this is not JSON");

        given().contentType("application/json").body(Events.sqs(messages)).when().post()
                .then().statusCode(200)
                .body("batchItemFailures.itemIdentifier", contains("bad-2"));

        assertEquals(ArticleStatus.EXTRACTED, store.find(id).orElseThrow().status());
        assertEquals(Extractor.VERSION, store.find(id).orElseThrow().extractorVersion());
        Extraction stored = store.extraction(id).orElseThrow();
        assertFalse(stored.meetings().isEmpty());
        assertFalse(stored.statements().isEmpty());
    }

    @Test
    void redeliveredMessageLeavesTheSameExtraction() throws Exception {
        String id = ingestFixture();
        String event = Events.sqs(Map.of("m-1", "{\"articleId\":\"" + id + "\"}"));
        given().contentType("application/json").body(event).when().post().then().statusCode(200);
        Extraction first = store.extraction(id).orElseThrow();

        given().contentType("application/json").body(event).when().post()
                .then().statusCode(200).body("batchItemFailures", empty());

        assertEquals(first, store.extraction(id).orElseThrow());
    }

    @Test
    void messageForAnUnknownArticleIsDroppedNotRetried() {
        given().contentType("application/json").body(Events.sqs(Map.of("m-9", "{\"articleId\":\"0000000000000000\"}")))
                .when().post()
                .then().statusCode(200).body("batchItemFailures", empty());
    }

    private String ingestFixture() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/pipeline/vienna-talks.txt"));
        return ingest.ingest(new ArticleReader().read(bytes, LocalDate.of(2025, 11, 19)), "test").articleId();
    }

    @Test
    void primingSendsAMessageForAnArticleNoOneHasAndNothingIsStored() {
        java.util.List<String> answers = priming.sendRequests(priming.requests());

        assertEquals(1, answers.size());
        assertNotNull(answers.get(0), "the handler answered");
        assertFalse(answers.get(0).contains("itemIdentifier"), answers.get(0));
        assertTrue(store.find(Priming.PRIMING_ID).isEmpty());
    }
}

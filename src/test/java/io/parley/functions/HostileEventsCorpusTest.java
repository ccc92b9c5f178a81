package io.parley.functions;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.aws.ExtractMessage;
import io.parley.aws.S3Uploads;
import io.parley.service.IngestOutcome;
import io.parley.store.InMemoryStore;
import io.parley.testing.HostileInputs;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Issue 15: the hostile-input corpus ({@link HostileInputs}) through the functions' adapters, in process over
 * memory storage: the HTTP API (the query function, as text and as base64 bodies, plus hostile paths and
 * parameters), S3 uploads (the ingest function over an S3 client that serves the corpus) and extract messages.
 * A refused input is a 4xx JSON error or a REJECTED item, never a 500 or an exception (which Lambda would retry).
 */
class HostileEventsCorpusTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private final InMemoryStore store = new InMemoryStore();
    private final Parley parley = Parley.wire(new Ports(store, store.feeds(), id -> { }), Clock.systemUTC(), Settings.defaults());

    @TestFactory
    Stream<DynamicTest> everyCorpusInputAsAnApiBody() {
        QueryFunction query = new QueryFunction();
        query.router = parley.api();
        query.metrics = metrics -> { };
        return HostileInputs.all().stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
            HttpApiResponse text = assertTimeoutPreemptively(HANG_GUARD, () -> query.query(post(input.text(), false)));
            HttpApiResponse base64 = assertTimeoutPreemptively(HANG_GUARD,
                    () -> query.query(post(Base64.getEncoder().encodeToString(input.bytes()), true)));
            for (HttpApiResponse r : List.of(text, base64)) {
                assertTrue(r.statusCode() < 500, r.body());
                assertFalse(r.body().contains("Exception"), r.body());
            }
            if (input.refused() && input.text().stripLeading().startsWith("{")) {
                assertTrue(text.statusCode() == 400 || text.statusCode() == 413, text.body());
            }
        }));
    }

    @Test
    void hostilePathsAndParametersAreA4xx() {
        QueryFunction query = new QueryFunction();
        query.router = parley.api();
        query.metrics = metrics -> { };
        String longId = "9".repeat(3_000);
        List<HttpApiEvent> requests = List.of(get("/articles/" + longId, null), get("/actors/" + longId + "/timeline", null),
                get("/articles/a%00b", null), get("/meetings", Map.of("actor", "Ruiz".repeat(1_000))),
                get("/meetings", Map.of("limit", "1e999999")), get("/statements", Map.of("next", "%%%not-a-token")),
                get("/statements", Map.of("from", "9".repeat(400))), get("/graph", Map.of("country", "\u0000".repeat(600))),
                get("/" + "a/".repeat(5_000), null), get("/articles", Map.of("x", "y")));
        for (HttpApiEvent event : requests) {
            HttpApiResponse r = query.query(event);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, event.rawPath().length() + ": " + r.body());
            assertTrue(r.body().startsWith("{\"error\":"), r.body());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusInputAsAnS3Upload() {
        IngestFunction ingest = new IngestFunction();
        ingest.ingest = parley.ingest();
        ingest.metrics = metrics -> { };
        List<HostileInputs.Input> corpus = HostileInputs.all();
        ingest.uploads = new S3Uploads(servingCorpus(corpus), Settings.defaults().maxArticleBytes());
        return corpus.stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
            String key = "incoming/" + URLEncoder.encode(input.name(), StandardCharsets.UTF_8);
            IngestEvent event = new IngestEvent(List.of(new S3Event("aws:s3", "ObjectCreated:Put", new S3Event.Entity(
                    new S3Event.Bucket("articles"), new S3Event.S3Object(key, (long) input.bytes().length)))),
                    null, null, null, null, null, null);
            IngestReport report = assertTimeoutPreemptively(HANG_GUARD, () -> ingest.ingest(event));
            IngestReport.Item item = report.results().get(0);
            assertEquals(input.refused(), item.outcome() == IngestOutcome.Kind.REJECTED, item.toString());
        }));
    }

    @Test
    void hostileExtractMessagesAreNotRetried() {
        ExtractFunction extract = new ExtractFunction();
        extract.extract = parley.extract();
        for (String id : List.of("", " ", "x".repeat(100_000), "\u0000", "\u001B[2J", "0123456789abcdef", "../../etc/passwd")) {
            assertDoesNotThrow(() -> extract.extract(new ExtractMessage(id, "corr")), id.length() + " chars");
        }
        assertDoesNotThrow(() -> extract.extract(new ExtractMessage(null, null)));
        assertDoesNotThrow(() -> extract.extract(null));
    }

    private static HttpApiEvent post(String body, boolean base64) {
        return new HttpApiEvent("/articles", null, body, base64, new HttpApiEvent.RequestContext(new HttpApiEvent.Http("POST", "/articles")));
    }

    private static HttpApiEvent get(String path, Map<String, String> query) {
        return new HttpApiEvent(path, query, null, false, new HttpApiEvent.RequestContext(new HttpApiEvent.Http("GET", path)));
    }

    /** An S3 client that serves each corpus input under {@code incoming/<its name>}. */
    @SuppressWarnings("unchecked")
    private static S3Client servingCorpus(List<HostileInputs.Input> corpus) {
        return (S3Client) Proxy.newProxyInstance(S3Client.class.getClassLoader(), new Class<?>[] {S3Client.class}, (p, method, args) -> {
            if (method.getName().equals("getObject")) {
                GetObjectRequest.Builder b = GetObjectRequest.builder();
                ((Consumer<GetObjectRequest.Builder>) args[0]).accept(b);
                byte[] bytes = bytes(corpus, b.build().key());
                GetObjectResponse response = GetObjectResponse.builder().contentLength((long) bytes.length).metadata(Map.of()).build();
                return new ResponseInputStream<>(response, AbortableInputStream.create(new ByteArrayInputStream(bytes)));
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    private static byte[] bytes(List<HostileInputs.Input> corpus, String key) {
        return corpus.stream().filter(i -> key.equals("incoming/" + i.name())).findFirst().orElseThrow().bytes();
    }
}

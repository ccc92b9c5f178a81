package io.parley.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import io.parley.store.LocalDynamo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code parley serve} as a user runs it, in its own JVM over a fresh data folder: an article put into the local
 * S3 bucket's {@code incoming/} with the AWS SDK's S3 client in its default configuration (chunked, signed,
 * with a checksum trailer, as a user's client sends it) is ingested and extracted in the background, and its
 * facts answer over serve's HTTP API; Ctrl-C and SIGTERM stop serve with its local servers.
 */
class ServeS3IngestIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern NEW = Pattern.compile("incoming/vienna talks\\.txt: NEW ([0-9a-f]+)");

    @TempDir
    Path work;

    @Test
    void anUploadToTheLocalBucketIsExtractedAndAnswersOverHttp() throws Exception {
        ServeJvm serve = ServeJvm.start(work, work.resolve("serve.log"));
        List<ProcessHandle> children = serve.process().descendants().toList();
        try (S3Client s3 = userClient(serve.s3())) {
            s3.putObject(b -> b.bucket("parley-articles").key("incoming/vienna talks.txt")
                    .metadata(Map.of("published", "2025-11-18")), RequestBody.fromFile(Path.of("src/test/resources/pipeline/vienna-talks.txt")));
        }
        Matcher stored = NEW.matcher(serve.awaitLine("incoming/vienna talks.txt: "));
        assertTrue(stored.find(), "serve did not report the upload as NEW");
        JsonNode article = awaitExtracted(serve.http().resolve("/articles/" + stored.group(1)));
        JsonNode meetings = get(serve.http().resolve("/meetings?actor=Sugiono&from=2025-11-18&to=2025-11-18"));
        serve.stop("INT");

        assertEquals("s3://parley-articles/incoming/vienna talks.txt", article.path("source").asText());
        assertEquals("2025-11-18", article.path("article").path("published").asText());
        assertTrue(article.path("text").asText().startsWith("Austrian and Indonesian foreign ministers hold talks"),
                "the object's bytes, not the upload's chunk framing: " + article.path("text").asText());
        assertThat(meetings.findValuesAsText("articleId"), hasItem(stored.group(1)));
        assertGone(serve, children);
    }

    @Test
    void sigtermStopsServeAndItsLocalServers() throws Exception {
        ServeJvm serve = ServeJvm.start(work, work.resolve("serve.log"));
        List<ProcessHandle> children = serve.process().descendants().toList();

        serve.stop("TERM");

        assertFalse(children.isEmpty(), "serve started no local servers");
        assertGone(serve, children);
    }

    private void assertGone(ServeJvm serve, List<ProcessHandle> children) {
        assertFalse(serve.process().isAlive());
        List<ProcessHandle> left = new ArrayList<>(children.stream().filter(ProcessHandle::isAlive).toList());
        assertEquals(List.of(), left, "processes left behind");
        assertFalse(Files.exists(work.resolve(".parley/servers.json")), "servers.json left behind");
    }

    /** A client as a user would build one for a local endpoint: only address, region, credentials, path style. */
    private static S3Client userClient(URI endpoint) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.of(LocalDynamo.REGION))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("S3RVER", "S3RVER")))
                .forcePathStyle(true)
                .build();
    }

    private static JsonNode awaitExtracted(URI article) throws IOException, InterruptedException {
        JsonNode body = get(article);
        for (int i = 0; i < 600 && !body.path("status").asText().equals("EXTRACTED"); i++) {
            Thread.sleep(100);
            body = get(article);
        }
        assertEquals("EXTRACTED", body.path("status").asText(), body.toString());
        return body;
    }

    private static JsonNode get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.read(response.body(), JsonNode.class);
    }
}

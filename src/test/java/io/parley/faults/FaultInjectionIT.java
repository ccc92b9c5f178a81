package io.parley.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.extract.Extractor;
import io.parley.ingest.ArticleReader;
import io.parley.ingest.InvalidArticleException;
import io.parley.local.LocalServerOptions;
import io.parley.local.LocalServers;
import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.store.ArticleStatus;
import io.parley.store.DynamoParleyStore;
import io.parley.store.LocalDynamo;
import io.parley.store.Page;
import io.parley.store.PageRequest;
import io.parley.store.StatementFilter;
import io.parley.store.StoredArticle;
import io.parley.store.TableSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Ingests 300 generated articles from a child JVM ({@link FaultIngester}) into a persisted local DynamoDB
 * while the database is killed (SIGKILL) and restarted twice and the ingesting JVM is killed once and run
 * again; then counts: every article stored exactly once and EXTRACTED, its visible facts exactly the
 * extractor's, no fact item of any other version left (nothing partial visible or behind), nothing stuck.
 */
class FaultInjectionIT {

    private static final int ARTICLES = 300;
    private static final String TABLE = "parley-faults";
    private static final Pattern FACT = Pattern.compile("^[MS]#[^#]+#([^#]+)#([0-9a-f]{12})#\\d{3}$");

    @TempDir
    Path dir;

    private Path endpointFile;
    private Path data;
    private LocalServers db;

    @Test
    void everyArticleIsStoredAndExtractedOnceThroughDatabaseAndJvmKills() throws Exception {
        Map<String, Article> expected = writeArticles(dir.resolve("articles"));
        data = dir.resolve("data");
        endpointFile = dir.resolve("endpoint");
        startDatabase();
        try {
            try (DynamoDbClient client = LocalDynamo.client(db.dynamoEndpoint())) {
                TableSetup.createIfMissing(client, TABLE);
            }
            IngestingJvm first = IngestingJvm.start(endpointFile, TABLE, dir.resolve("articles"), dir.resolve("run1.log"));
            first.awaitDone(60);
            killAndRestartDatabase();
            first.awaitDone(150);
            first.kill();
            assertTrue(first.retries() > 0, "the first run felt the database go");
            IngestingJvm second = IngestingJvm.start(endpointFile, TABLE, dir.resolve("articles"), dir.resolve("run2.log"));
            second.awaitDone(230);
            killAndRestartDatabase();
            assertEquals(0, second.awaitExit(), "the second run ends cleanly");
            assertEquals(ARTICLES, second.done(), "the second run went through every file");
            assertTrue(second.retries() > 0, "the second run felt the database go");

            assertStoredOnceAndExtractedOnce(expected);
        } finally {
            db.close();
        }
    }

    private void assertStoredOnceAndExtractedOnce(Map<String, Article> expected) {
        try (DynamoDbClient client = LocalDynamo.client(db.dynamoEndpoint())) {
            DynamoParleyStore store = new DynamoParleyStore(client, TABLE);
            Extractor extractor = Extractor.create();
            int statements = 0;
            int facts = 0;
            for (Article article : expected.values()) {
                StoredArticle stored = store.find(article.info().id()).orElseThrow();
                assertEquals(ArticleStatus.EXTRACTED, stored.status(), article.info().id() + " " + stored.reason());
                Extraction want = extractor.extract(stored.article());
                Extraction got = store.extraction(article.info().id()).orElseThrow();
                assertEquals(want.meetings(), got.meetings());
                assertEquals(want.statements(), got.statements());
                statements += want.statements().size();
                facts += want.meetings().size() + want.statements().size();
            }
            Census census = Census.of(client);
            assertEquals(ARTICLES, census.articles(), "META items");
            assertEquals(ARTICLES, census.current().size(), "current extractions");
            assertEquals(facts, census.mainFacts(), "fact items under the articles");
            assertEquals(0, census.otherVersions(), "fact items of a version that is not current");
            assertTrue(statements >= ARTICLES, "the generated articles give statements: " + statements);
            assertEquals(statements, countStatements(store));
        }
    }

    private static int countStatements(DynamoParleyStore store) {
        int count = 0;
        String token = null;
        do {
            Page<?> page = store.statements(StatementFilter.any(), new PageRequest(100, token));
            count += page.items().size();
            token = page.next();
        } while (token != null);
        return count;
    }

    /** What a scan of the table finds: articles, current versions, main fact items, and facts of other versions. */
    private record Census(int articles, Map<String, String> current, int mainFacts, int otherVersions) {

        static Census of(DynamoDbClient client) {
            List<Map<String, AttributeValue>> items = client.scanPaginator(b -> b.tableName(TABLE)).items().stream().toList();
            Map<String, String> current = new HashMap<>();
            int articles = 0;
            for (Map<String, AttributeValue> item : items) {
                String pk = item.get("pk").s();
                String sk = item.get("sk").s();
                if (pk.startsWith("ARTICLE#") && sk.equals("META")) {
                    articles++;
                } else if (pk.startsWith("ARTICLE#") && sk.equals("EXTRACTION")) {
                    current.put(pk.substring("ARTICLE#".length()), item.get("version").s());
                }
            }
            int mains = 0;
            int other = 0;
            for (Map<String, AttributeValue> item : items) {
                if (item.containsKey("fact")) {
                    Matcher m = FACT.matcher(item.get("fact").s());
                    assertTrue(m.matches(), item.get("fact").s());
                    other += m.group(2).equals(current.get(m.group(1))) ? 0 : 1;
                    mains += item.get("pk").s().startsWith("ARTICLE#") ? 1 : 0;
                }
            }
            return new Census(articles, current, mains, other);
        }
    }

    private Map<String, Article> writeArticles(Path folder) throws IOException, InvalidArticleException {
        Files.createDirectories(folder);
        NewsGenerator generator = new NewsGenerator(15);
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        Map<String, Article> byId = new TreeMap<>();
        for (int n = 1; n <= ARTICLES; n++) {
            byte[] bytes = generator.article(n).getBytes(StandardCharsets.UTF_8);
            Path file = folder.resolve(String.format("article-%03d.txt", n));
            Files.write(file, bytes);
            Article article = reader.read(bytes);
            byId.put(article.info().id(), article);
        }
        assertEquals(ARTICLES, byId.size(), "the generated articles are distinct");
        return byId;
    }

    private void startDatabase() throws IOException {
        db = LocalServers.start(new LocalServerOptions(data, null));
        Path written = Files.writeString(dir.resolve("endpoint.tmp"), db.dynamoEndpoint().toString());
        Files.move(written, endpointFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** SIGKILL to this test's own database process (found among this JVM's children by its data folder). */
    private void killAndRestartDatabase() throws Exception {
        String marker = "dynamodb=" + data.toAbsolutePath();
        ProcessHandle node = ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(marker)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no database process with " + marker));
        node.destroyForcibly();
        node.onExit().get();
        db.close();
        Thread.sleep(1_000);
        startDatabase();
    }
}

package io.parley.store;

import static io.parley.store.Attributes.s;
import static io.parley.testing.Facts.ARAGHCHI;
import static io.parley.testing.Facts.LAVROV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.model.Statement;
import io.parley.testing.Dynalite;
import io.parley.testing.Facts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items the DynamoDB store writes for an article (a small {@code META}, its text apart, one term list per
 * extraction), and that items of the earlier layouts (text on {@code META}, each statement listing its own terms)
 * still read, extract, fail and clean.
 */
class DynamoLayoutIT {

    private static final LocalDate NOV_20 = LocalDate.of(2025, 11, 20);
    private static final String TEXT = """
            Lavrov and Araghchi meet in Moscow

            MOSCOW, Nov 20 — Lavrov said the sides discussed sanctions relief.
            Araghchi said Tehran valued the partnership with Moscow.
            """;
    private static final String OLD_VERSION = "0000000000aa";

    private static Dynalite dynalite;
    private DynamoParleyStore store;
    private Article article;

    @BeforeAll
    static void start() {
        dynalite = Dynalite.start();
    }

    @AfterAll
    static void stop() {
        dynalite.close();
    }

    @BeforeEach
    void empty() {
        dynalite.reset();
        store = new DynamoParleyStore(dynalite.client(), dynalite.table());
        article = Facts.article("a1", NOV_20, TEXT);
    }

    @Test
    void anArticleIsASmallListedMetaItemAndATextItemInNoIndex() {
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));

        Map<String, AttributeValue> meta = item("ARTICLE#a1", "META").orElseThrow();
        Map<String, AttributeValue> text = item("ARTICLE#a1", "TEXT").orElseThrow();
        assertFalse(meta.containsKey("text"));
        assertTrue(meta.containsKey(TableDefinition.GSI1_PK));
        assertFalse(text.containsKey(TableDefinition.GSI1_PK));
        assertEquals(TEXT, store.find("a1").orElseThrow().article().text());
    }

    @Test
    void anArticleStoredWithItsTextOnMetaReadsExtractsAndFails() {
        Map<String, AttributeValue> old = new HashMap<>(ArticleItems.meta(StoredArticle.received(article, "api", Instant.EPOCH)));
        old.put("text", ArticleItems.text(StoredArticle.received(article, "api", Instant.EPOCH)).get("text"));
        dynalite.client().putItem(b -> b.tableName(dynalite.table()).item(old));

        assertEquals(TEXT, store.find("a1").orElseThrow().article().text());
        assertFalse(store.saveNew(StoredArticle.received(article, "again", Instant.now())));
        store.saveExtraction("a1", extraction(), "test-1");
        assertEquals(ArticleStatus.EXTRACTED, store.find("a1").orElseThrow().status());
        assertEquals(2, store.extraction("a1").orElseThrow().statements().size());
        store.markFailed("a1", "boom");
        StoredArticle failed = store.find("a1").orElseThrow();
        assertEquals(ArticleStatus.FAILED, failed.status());
        assertEquals(TEXT, failed.article().text());
        assertEquals(List.of("a1"), ids());
    }

    @Test
    void anIngestThatDiedAfterTheTextLeavesNoArticleAndTheNextUploadCompletesIt() {
        dynalite.client().putItem(b -> b.tableName(dynalite.table())
                .item(ArticleItems.text(StoredArticle.received(article, "api", Instant.EPOCH))));

        assertTrue(store.find("a1").isEmpty());
        assertEquals(List.of(), ids());
        assertTrue(store.saveNew(StoredArticle.received(article, "retry", Instant.EPOCH)));
        assertEquals(TEXT, store.find("a1").orElseThrow().article().text());
        assertEquals("retry", store.find("a1").orElseThrow().source());
    }

    @Test
    void statementsNameNoTermsAndTheExtractionsListNamesEveryPosting() {
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        store.saveExtraction("a1", extraction(), "test-1");

        List<Map<String, AttributeValue>> items = scan();
        List<Map<String, AttributeValue>> lists = items.stream().filter(i -> i.get("sk").s().startsWith(TermLists.PREFIX)).toList();
        List<Map<String, AttributeValue>> postings = items.stream().filter(i -> i.get("pk").s().startsWith("TERM#")).toList();
        items.stream().filter(i -> i.get("sk").s().startsWith("STATEMENT#"))
                .forEach(main -> assertFalse(main.containsKey(PostingItems.TERMS), main.toString()));
        assertEquals(1, lists.size());
        assertEquals(Set.copyOf(postings.stream().map(p -> Attributes.key(p.get("pk").s(), p.get("sk").s())).toList()),
                Set.copyOf(TermLists.postingKeys(lists.get(0))));
    }

    @Test
    void aFailedArticleLosesItsTermListWithItsPostings() {
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        store.saveExtraction("a1", extraction(), "test-1");

        store.markFailed("a1", "boom");

        assertEquals(List.of(), scan().stream().filter(i -> i.get("pk").s().startsWith("TERM#")
                || i.get("sk").s().startsWith(TermLists.PREFIX)).toList());
    }

    @Test
    void anExtractionOfTheEarlierLayoutIsReadAndItsStatementsTermsAreCleanedByTheNext() {
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        writeEarlierLayout(extraction());
        assertEquals(2, store.extraction("a1").orElseThrow().statements().size());
        assertEquals(1, store.statementsWithTerms(new TermFilter(List.of(Set.of("sanction")), null, null),
                PageRequest.first(10)).items().size());

        store.saveExtraction("a1", new Extraction(article.info(), List.of(), List.of(extraction().statements().get(1)), "one"),
                "test-2");

        assertEquals(List.of(), scan().stream().filter(i -> i.toString().contains(OLD_VERSION)).toList());
        assertEquals(List.of(), store.statementsWithTerms(new TermFilter(List.of(Set.of("sanction")), null, null),
                PageRequest.first(10)).items());
        assertEquals(1, store.statementsWithTerms(new TermFilter(List.of(Set.of("partnership")), null, null),
                PageRequest.first(10)).items().size());
    }

    /**
     * The items an extraction got before term lists: each statement's main item lists its own terms, and the
     * article's current version is named by its {@code EXTRACTION} item.
     */
    private void writeEarlierLayout(Extraction extraction) {
        FactItems.FactSet facts = FactItems.build(article.info(), extraction, a -> "old-" + a.name().length(), OLD_VERSION);
        List<Map<String, AttributeValue>> mains = new ArrayList<>();
        List<Statement> statements = extraction.statements();
        for (Map<String, AttributeValue> main : facts.mains()) {
            String sk = main.get("sk").s();
            if (sk.startsWith("STATEMENT#")) {
                Map<String, AttributeValue> old = new HashMap<>(main);
                Statement statement = statements.get(Integer.parseInt(sk.substring(sk.lastIndexOf('#') + 1)));
                old.put(PostingItems.TERMS, AttributeValue.fromSs(List.copyOf(SearchTerms.postings(FactItems.searchText(statement)))));
                mains.add(old);
            } else if (!sk.startsWith(TermLists.PREFIX)) {
                mains.add(main);
            }
        }
        BatchWriter writer = new BatchWriter(dynalite.client(), dynalite.table());
        writer.put(mains);
        writer.put(facts.copies());
        Map<String, AttributeValue> current = new HashMap<>(Attributes.key("ARTICLE#a1", "EXTRACTION"));
        current.put(CurrentVersions.VERSION, s(OLD_VERSION));
        dynalite.client().putItem(b -> b.tableName(dynalite.table()).item(current));
    }

    private Extraction extraction() {
        return new Extraction(article.info(), List.of(), List.of(
                Facts.statement(article, "Lavrov said the sides discussed sanctions relief.", LAVROV, "sanctions"),
                Facts.statement(article, "Araghchi said Tehran valued the partnership with Moscow.", ARAGHCHI, "trade")), "s");
    }

    private Optional<Map<String, AttributeValue>> item(String pk, String sk) {
        Map<String, AttributeValue> item = dynalite.client().getItem(b -> b.tableName(dynalite.table())
                .key(Attributes.key(pk, sk))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private List<Map<String, AttributeValue>> scan() {
        return dynalite.client().scanPaginator(b -> b.tableName(dynalite.table())).items().stream().toList();
    }

    private List<String> ids() {
        List<String> ids = new ArrayList<>();
        store.articleIds().forEach(ids::add);
        return ids;
    }
}

package io.parley.store;

import static io.parley.store.Attributes.s;
import static io.parley.testing.Facts.ARAGHCHI;
import static io.parley.testing.Facts.LAVROV;
import static io.parley.testing.Facts.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.model.MeetingEntry;
import io.parley.model.MeetingKind;
import io.parley.model.StatementEntry;
import io.parley.testing.Dynalite;
import io.parley.testing.Facts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A table the store created is marked as holding no facts of the unsharded layout, and its listings read the
 * shards only; a table without the marker (written before shards) still has its unsharded facts listed. Both
 * give the same answers for the same facts, the partitions being read at once.
 */
class TableLayoutIT {

    private static final int ARTICLES = 12;

    private Dynalite dynalite;
    private DynamoParleyStore writer;

    @BeforeEach
    void fill() {
        dynalite = Dynalite.start();
        writer = new DynamoParleyStore(dynalite.client(), dynalite.table());
        for (int i = 0; i < ARTICLES; i++) {
            save(i);
        }
    }

    @Test
    void aTableTheStoreCreatesIsMarkedAndItsListingsSkipTheUnshardedPartitions() {
        assertTrue(TableLayout.marked(dynalite.client(), dynalite.table()));
        Reads reads = new Reads(dynalite.client());
        DynamoParleyStore reader = new DynamoParleyStore(reads, dynalite.table());

        assertEquals(ARTICLES, reader.meetings(MeetingFilter.any(), PageRequest.first(50)).items().size());
        assertEquals(2 * ARTICLES, reader.statements(StatementFilter.any(), PageRequest.first(50)).items().size());

        assertFalse(reads.partitions.contains(Keys.type(Keys.FactType.MEETING)));
        assertFalse(reads.partitions.contains(Keys.type(Keys.FactType.STATEMENT)));
        assertTrue(reads.partitions.containsAll(Keys.typeShards(Keys.FactType.MEETING, false)));
    }

    @Test
    void aTableWithoutTheMarkerStillListsItsUnshardedFacts() {
        moveToUnsharded("MEETING#");
        moveToUnsharded("STATEMENT#");
        unmark();
        Reads reads = new Reads(dynalite.client());
        DynamoParleyStore reader = new DynamoParleyStore(reads, dynalite.table());

        assertEquals(ARTICLES, reader.meetings(MeetingFilter.any(), PageRequest.first(50)).items().size());
        assertEquals(2 * ARTICLES, reader.statements(StatementFilter.any(), PageRequest.first(50)).items().size());
        assertTrue(reads.partitions.contains(Keys.type(Keys.FactType.MEETING)));
        assertTrue(reads.partitions.contains(Keys.type(Keys.FactType.STATEMENT)));
    }

    @Test
    void aMarkedTableDoesNotReadFactsLeftInTheUnshardedPartitions() {
        moveToUnsharded("MEETING#");

        DynamoParleyStore reader = new DynamoParleyStore(dynalite.client(), dynalite.table());

        assertEquals(ARTICLES - 1, reader.meetings(MeetingFilter.any(), PageRequest.first(50)).items().size());
    }

    @Test
    void theFirstExtractionStoredMarksAnUnmarkedTableWhoseUnshardedPartitionsAreEmpty() {
        unmark();
        DynamoParleyStore fresh = new DynamoParleyStore(dynalite.client(), dynalite.table());

        fresh.saveExtraction("a3", extraction(3), "test-2");

        assertTrue(TableLayout.marked(dynalite.client(), dynalite.table()));
    }

    @Test
    void anExtractionStoredDoesNotMarkATableThatStillHoldsUnshardedFacts() {
        moveToUnsharded("MEETING#");
        unmark();
        DynamoParleyStore fresh = new DynamoParleyStore(dynalite.client(), dynalite.table());

        fresh.saveExtraction("a5", extraction(5), "test-2");

        assertFalse(TableLayout.marked(dynalite.client(), dynalite.table()));
    }

    @Test
    void theMarkerIsPutOnlyOnceTheUnshardedPartitionsAreEmpty() {
        moveToUnsharded("STATEMENT#");
        unmark();

        assertFalse(TableLayout.markIfMigrated(dynalite.client(), dynalite.table()));
        assertFalse(TableLayout.marked(dynalite.client(), dynalite.table()));

        writer.saveExtraction("a3", extraction(3), "test-2");

        assertTrue(writer.markShardedIfMigrated());
        assertTrue(TableLayout.marked(dynalite.client(), dynalite.table()));
        assertFalse(writer.markShardedIfMigrated());
    }

    @Test
    void listingsAnswerTheSameWithAndWithoutTheMarker() {
        DynamoParleyStore marked = new DynamoParleyStore(dynalite.client(), dynalite.table());
        List<Object> before = answers(marked);
        unmark();
        DynamoParleyStore unmarked = new DynamoParleyStore(dynalite.client(), dynalite.table());

        assertEquals(before, answers(unmarked));
        assertEquals(ARTICLES + 2 * ARTICLES + 3, before.size());
    }

    /** Every page of 5 meetings, of 5 statements, and of statements with a word, followed to the end. */
    private static List<Object> answers(DynamoParleyStore store) {
        List<Object> all = new ArrayList<>();
        all.addAll(pages(p -> store.meetings(MeetingFilter.any(), p)));
        all.addAll(pages(p -> store.statements(StatementFilter.any(), p)));
        all.addAll(pages(p -> store.statementsWithTerms(new TermFilter(List.of(Set.of("tariff")), null, null), p)));
        return all;
    }

    private static <T> List<T> pages(Function<PageRequest, Page<T>> read) {
        List<T> all = new ArrayList<>();
        Page<T> page = read.apply(PageRequest.first(5));
        all.addAll(page.items());
        while (page.next() != null) {
            page = read.apply(new PageRequest(5, page.next()));
            all.addAll(page.items());
        }
        return all;
    }

    private void save(int i) {
        Article article = article(i);
        writer.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        writer.saveExtraction(article.info().id(), extraction(i), "test-1");
    }

    private static Article article(int i) {
        LocalDate day = LocalDate.of(2025, 11, 1 + i);
        String tariffs = i % 4 == 0 ? " Wang said the tariff talks would resume." : " Wang said the talks would resume.";
        return Facts.article("a" + i, day, """
                Lavrov meets Araghchi in Moscow

                MOSCOW — Lavrov met Araghchi in Moscow on Monday.
                Lavrov said the sides discussed sanctions relief.""" + tariffs + "\n");
    }

    private static Extraction extraction(int i) {
        Article article = article(i);
        String text = article.text();
        String wang = text.substring(text.indexOf("Wang said"), text.indexOf("resume.") + "resume.".length());
        return new Extraction(article.info(),
                List.of(Facts.meeting(article, "Lavrov met Araghchi in Moscow on Monday.", MeetingKind.IN_PERSON,
                        article.info().published(), LAVROV, ARAGHCHI)),
                List.of(Facts.statement(article, "Lavrov said the sides discussed sanctions relief.", LAVROV, "sanctions"),
                        Facts.statement(article, wang, WANG, "trade")),
                "s");
    }

    /** Gives the main items of article a3 under a prefix the unsharded index partition, as tables before shards had. */
    private void moveToUnsharded(String prefix) {
        Keys.FactType type = prefix.startsWith("MEETING") ? Keys.FactType.MEETING : Keys.FactType.STATEMENT;
        dynalite.client().queryPaginator(b -> b.tableName(dynalite.table())
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :p)")
                        .expressionAttributeValues(Map.of(":pk", s("ARTICLE#a3"), ":p", s(prefix))))
                .items().forEach(item -> dynalite.client().updateItem(b -> b.tableName(dynalite.table())
                        .key(Attributes.key(item.get("pk").s(), item.get("sk").s()))
                        .updateExpression("SET #g = :g").expressionAttributeNames(Map.of("#g", TableDefinition.GSI1_PK))
                        .expressionAttributeValues(Map.of(":g", s(Keys.type(type))))));
    }

    private void unmark() {
        dynalite.client().deleteItem(b -> b.tableName(dynalite.table()).key(Attributes.key(Keys.TABLE, Keys.SHARDED)));
    }

    /** Passes reads on, noting the partition each query reads. */
    private static final class Reads implements DynamoDbClient {

        final List<String> partitions = Collections.synchronizedList(new ArrayList<>());
        private final DynamoDbClient dynamo;

        Reads(DynamoDbClient dynamo) {
            this.dynamo = dynamo;
        }

        @Override
        public QueryResponse query(QueryRequest request) {
            AttributeValue pk = request.expressionAttributeValues().get(":pk");
            partitions.add(pk == null ? "" : pk.s());
            return dynamo.query(request);
        }

        @Override
        public GetItemResponse getItem(GetItemRequest request) {
            return dynamo.getItem(request);
        }

        @Override
        public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
            return dynamo.batchGetItem(request);
        }

        @Override
        public String serviceName() {
            return dynamo.serviceName();
        }

        @Override
        public void close() {
        }
    }
}

package io.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.testing.Dynalite;
import io.parley.testing.Facts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoredArticleIdsIT {

    private static Dynalite dynalite;
    private ParleyStore store;

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
    }

    @Test
    void listsEveryStoredArticleOnceAndNothingElse() {
        save("old1", LocalDate.of(2025, 10, 1));
        save("new2", LocalDate.of(2025, 11, 20));
        Article mid = save("mid3", LocalDate.of(2025, 11, 2));
        store.saveExtraction("mid3", new Extraction(mid.info(), List.of(), List.of(), "nothing"), "test");

        // the listing is sharded by article id: newest first within a shard, shard after shard (see the class)
        List<String> ids = ids();
        assertEquals(3, ids.size(), ids::toString);
        assertEquals(java.util.Set.of("new2", "mid3", "old1"), java.util.Set.copyOf(ids));
    }

    @Test
    void anEmptyTableHasNoIds() {
        assertEquals(List.of(), ids());
    }

    private List<String> ids() {
        List<String> ids = new ArrayList<>();
        new StoredArticleIds(dynalite.client(), dynalite.table()).forEach(ids::add);
        return ids;
    }

    private Article save(String id, LocalDate published) {
        Article article = Facts.article(id, published, "Talks\n\nThe ministers met in Oslo.\n");
        store.saveNew(StoredArticle.received(article, "test", Instant.EPOCH));
        return article;
    }
}

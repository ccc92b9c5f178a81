package io.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.model.StatementEntry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentCacheTest {

    private static StatementEntry entry(String article) {
        return new StatementEntry(article, "Talks in Ankara", LocalDate.of(2025, 11, 18), null, null);
    }

    @Test
    void aCachedDocumentIsFoundByItsFactKey() {
        DocumentCache cache = new DocumentCache(10);
        StatementEntry e = entry("a1");
        cache.put("a1#v1#S#0001", e);

        assertSame(e, cache.get("a1#v1#S#0001"));
        assertNull(cache.get("a1#v2#S#0001"), "another version's key is another document");
    }

    @Test
    void theLeastRecentlyUsedDocumentGoesFirstWhenFull() {
        DocumentCache cache = new DocumentCache(2);
        cache.put("k1", entry("a1"));
        cache.put("k2", entry("a2"));
        cache.get("k1");
        cache.put("k3", entry("a3"));

        assertEquals(2, cache.size());
        assertNull(cache.get("k2"), "k2 was used least recently");
        assertEquals("a1", cache.get("k1").articleId());
        assertEquals("a3", cache.get("k3").articleId());
    }

    @Test
    void aCacheHoldsAtLeastOneDocument() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentCache(0));
    }
}

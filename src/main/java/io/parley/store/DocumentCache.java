package io.parley.store;

import io.parley.model.StatementEntry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DocumentCache keeps the statement documents the free-word index read, by fact key, for the later requests of
 * the same process (a warm query function, the local server). A fact key names one version of one fact, and the
 * document under a key is never rewritten with other content (a new extraction or an actor revision files new
 * keys), so a cached document is never stale; readers still keep only the facts of each article's current
 * version, read per request. Bounded: the least recently used document goes first. Thread-safe.
 */
final class DocumentCache {

    /** About 2–3 KB of heap per document: ~30 MB when full. */
    static final int DEFAULT_SIZE = 10_000;

    private final Map<String, StatementEntry> documents;

    DocumentCache(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1: " + size);
        }
        this.documents = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StatementEntry> eldest) {
                return size() > size;
            }
        };
    }

    /** The document of this fact key, if it is cached. */
    synchronized StatementEntry get(String factKey) {
        return documents.get(factKey);
    }

    synchronized void put(String factKey, StatementEntry document) {
        documents.put(factKey, document);
    }

    synchronized int size() {
        return documents.size();
    }
}

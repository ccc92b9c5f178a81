package io.parley.ingest.html;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A Memo remembers the answers of a pure function for the keys seen lately, up to a size after which it starts
 * afresh, so memory stays bounded and the answers are the same as without it. Thread-safe.
 *
 * @param <K> the key
 * @param <V> the answer
 */
final class Memo<K, V> {

    private final Map<K, V> answers = new ConcurrentHashMap<>();
    private final int maxSize;

    Memo(int maxSize) {
        this.maxSize = maxSize;
    }

    /** The function's answer for {@code key}, computed once while it is remembered. */
    V get(K key, Function<K, V> function) {
        V known = answers.get(key);
        if (known != null) {
            return known;
        }
        if (answers.size() >= maxSize) {
            answers.clear();
        }
        V answer = function.apply(key);
        answers.put(key, answer);
        return answer;
    }
}

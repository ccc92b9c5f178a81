package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void computesEachKeyOnceWhileRemembered() {
        Memo<String, Integer> memo = new Memo<>(10);
        AtomicInteger calls = new AtomicInteger();
        assertEquals(5, memo.get("talks", k -> calls.incrementAndGet() + k.length() - 1));
        assertEquals(5, memo.get("talks", k -> calls.incrementAndGet() + 100));
        assertEquals(1, calls.get());
    }

    @Test
    void startsAfreshWhenFullAndStillAnswersTheSame() {
        Memo<Integer, Integer> memo = new Memo<>(2);
        AtomicInteger calls = new AtomicInteger();
        for (int round = 0; round < 3; round++) {
            for (int key = 0; key < 3; key++) {
                int k = key;
                assertEquals(k * 2, memo.get(k, x -> {
                    calls.incrementAndGet();
                    return x * 2;
                }));
            }
        }
        assertTrue(calls.get() > 3, "a full memo forgets");
    }
}

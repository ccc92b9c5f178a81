package io.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageCutTest {

    @Test
    void aFullPageEndsAtItsLastFact() {
        Page<String> page = PageCut.of(Map.of("S#2025-11-03#a#001", "c", "S#2025-11-02#a#001", "b",
                "S#2025-11-01#a#001", "a"), null, 2);

        assertEquals(List.of("c", "b"), page.items());
        assertEquals("S#2025-11-02#a#001", PageToken.decode(page.next()));
    }

    @Test
    void factsBelowWhereAPartitionRanOutOfBudgetWaitForTheNextPage() {
        // one partition read down to 11-02 only: the 11-01 fact of another partition may not be the next one
        Page<String> page = PageCut.of(Map.of("S#2025-11-03#a#001", "c", "S#2025-11-01#b#001", "a"),
                "S#2025-11-02#a#001", 10);

        assertEquals(List.of("c"), page.items());
        assertEquals("S#2025-11-02#a#001", PageToken.decode(page.next()));
    }

    @Test
    void thePageAfterEverythingWasReadHasNoToken() {
        assertNull(PageCut.of(Map.of("S#2025-11-03#a#001", "c"), null, 10).next());
    }

    @Test
    void theHigherResumePointWins() {
        assertEquals("S#2", PageCut.higher("S#1", "S#2"));
        assertEquals("S#2", PageCut.higher(null, "S#2"));
        assertNull(PageCut.higher(null, null));
    }
}

package io.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which document batches a free-word page reads whatever they hold, so they can be read at once. */
class TermSearchBatchesTest {

    @Test
    void theBatchesHoldingTheFirstLimitPlusOneFactsAreSure() {
        assertEquals(0, TermSearch.sureBatches(0, 20));
        assertEquals(1, TermSearch.sureBatches(50, 20));
        assertEquals(1, TermSearch.sureBatches(500, 99));
        assertEquals(2, TermSearch.sureBatches(500, 100));
        assertEquals(3, TermSearch.sureBatches(250, 300));
        assertEquals(4, TermSearch.sureBatches(1_000, 300));
    }

    @Test
    void factsSplitIntoBatchesInOrder() {
        List<String> facts = IntStream.range(0, 250).mapToObj(i -> "S#" + i).toList();

        List<List<String>> batches = TermSearch.batches(facts, 250);

        assertEquals(List.of(100, 100, 50), batches.stream().map(List::size).toList());
        assertEquals(facts, batches.stream().flatMap(List::stream).toList());
    }

    @Test
    void aSmallPageReadsOnlyTheFactsItNeedsFirstThenFullBatches() {
        List<String> facts = IntStream.range(0, 250).mapToObj(i -> "S#" + i).toList();

        List<List<String>> batches = TermSearch.batches(facts, 20);

        assertEquals(List.of(21, 100, 100, 29), batches.stream().map(List::size).toList());
        assertEquals(facts, batches.stream().flatMap(List::stream).toList());
        assertEquals(1, TermSearch.sureBatches(facts.size(), 20));
    }
}

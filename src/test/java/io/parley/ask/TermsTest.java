package io.parley.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void stemsPluralsTensesAndBritishSpelling() {
        assertEquals(List.of("sanction", "program", "talk", "warn", "party"), Terms.of("Sanctions programme talks warned parties"));
    }

    @Test
    void keepsShortWordsWhole() {
        assertEquals(List.of("gas", "us", "eu"), Terms.of("gas US EU"));
    }

    @Test
    void bm25PrefersTheDocumentThatUsesTheRareTermMoreOften() {
        Bm25 bm25 = new Bm25(List.of(Terms.of("sanctions on Iran and sanctions relief"), Terms.of("trade with Iran"),
                Terms.of("Iran talks")));
        Set<String> query = Set.of("sanction", "iran");

        assertTrue(bm25.score(0, query) > bm25.score(1, query));
        assertEquals(bm25.score(1, query), bm25.score(2, query), 0.2);
        assertEquals(0.0, bm25.score(1, Set.of("venezuela")));
    }
}

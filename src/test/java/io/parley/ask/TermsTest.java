package io.parley.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
        Bm25 bm25 = new Bm25(List.of(Bm25.Doc.of(Terms.of("sanctions on Iran and sanctions relief")),
                Bm25.Doc.of(Terms.of("trade with Iran")), Bm25.Doc.of(Terms.of("Iran talks"))));
        Set<String> query = Set.of("sanction", "iran");

        assertTrue(bm25.score(0, query) > bm25.score(1, query));
        assertEquals(bm25.score(1, query), bm25.score(2, query), 0.2);
        assertEquals(0.0, bm25.score(1, Set.of("venezuela")));
    }

    @Test
    void bm25ScoresADocumentByItsCountsAloneAsByItsTerms() {
        List<String> first = Terms.of("sanctions on Iran and sanctions relief");
        List<String> second = Terms.of("trade with Iran");
        Bm25 fromTerms = new Bm25(List.of(Bm25.Doc.of(first), Bm25.Doc.of(second)));
        Bm25 fromCounts = new Bm25(List.of(new Bm25.Doc(Map.of("sanction", 2, "iran", 1), first.size()),
                new Bm25.Doc(Map.of("sanction", 0, "iran", 1), second.size())));
        Set<String> query = Set.of("sanction", "iran");

        assertEquals(fromTerms.score(0, query), fromCounts.score(0, query), 1e-12);
        assertEquals(fromTerms.score(1, query), fromCounts.score(1, query), 1e-12);
    }
}

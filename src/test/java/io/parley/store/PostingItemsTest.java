package io.parley.store;

import static io.parley.store.Attributes.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PostingItemsTest {

    private static final String A = "S#2025-11-20#a1#v1";
    private static final String B = "S#2025-11-21#b2#v7";

    @Test
    void anArticlesStatementsShareOnePostingPerTermWithWhatRankingNeeds() {
        Map<String, StatementTerms> terms = new LinkedHashMap<>();
        terms.put(A + "#000", StatementTerms.of(Set.of("sanction"), Map.of("sanction", 2), 31, "Iran", List.of("trade")));
        terms.put(A + "#003", StatementTerms.of(Set.of("sanction"), Map.of(), 18, null, List.of()));
        terms.put(B + "#001", StatementTerms.of(Set.of("sanction"), Map.of("sanction", 1), 20, "United States",
                List.of("sanctions", "trade", "sanctions relief")));

        List<Map<String, AttributeValue>> items = PostingItems.build(terms);

        assertEquals(2, items.size());
        assertEquals(Map.of("pk", s("TERM#sanction"), "sk", s(A), "nos", s("000 003"), "rk", s("2:31:Iran:;0:18::")), items.get(0));
        assertEquals(Map.of("pk", s("TERM#sanction"), "sk", s(B), "nos", s("001"), "rk", s("1:20:United States:sanctions|sanctions relief")), items.get(1));
    }

    @Test
    void aPostingGivesBackWhatRankingNeedsForEachOfItsStatements() {
        Map<String, AttributeValue> item = Map.of("sk", s(A), "nos", s("000 003"), "rk", s("2:31:Iran:;0:18::war and conflict|arms"));

        assertEquals(List.of(new PostingItems.Posting(A + "#003", 0, 18, null, List.of("war and conflict", "arms")),
                        new PostingItems.Posting(A + "#000", 2, 31, "Iran", List.of())),
                PostingItems.postings(item, "S#", "S#~"));
    }

    @Test
    void aPostingWrittenBeforeRankingDataOrWithDamagedDataHasNone() {
        PostingItems.Posting unranked = PostingItems.Posting.unranked(A + "#000");

        assertEquals(List.of(unranked), PostingItems.postings(Map.of("sk", s(A), "nos", s("000")), "S#", "S#~"));
        assertEquals(List.of(unranked), PostingItems.postings(Map.of("sk", s(A), "nos", s("000"), "rk", s("x:1::")), "S#", "S#~"));
        assertEquals(List.of(PostingItems.Posting.unranked(A + "#003"), unranked),
                PostingItems.postings(Map.of("sk", s(A), "nos", s("000 003"), "rk", s("1:4::")), "S#", "S#~"));
        assertEquals(List.of(unranked), PostingItems.postings(Map.of("sk", s(A), "nos", s("000"), "rk", s("1:4:")), "S#", "S#~"));
        assertEquals(false, PostingItems.postings(Map.of("sk", s(A + "#004")), "S#", "S#~").get(0).ranked());
    }

    @Test
    void aSpeakerCountryOrTopicThePostingCannotHoldLeavesThePostingWithoutRankingData() {
        Map<String, StatementTerms> country = Map.of(A + "#000", StatementTerms.of(Set.of("talk"), Map.of("talk", 1), 9, "Iran;Iraq", List.of()));
        Map<String, StatementTerms> topic = Map.of(A + "#000", StatementTerms.of(Set.of("talk"), Map.of("talk", 1), 9, null, List.of("peace|talks")));

        assertEquals(Map.of("pk", s("TERM#talk"), "sk", s(A), "nos", s("000")), PostingItems.build(country).get(0));
        assertEquals(Map.of("pk", s("TERM#talk"), "sk", s(A), "nos", s("000")), PostingItems.build(topic).get(0));
    }

    @Test
    void aPostingGivesItsFactsNewestFirstWithinTheRange() {
        Map<String, AttributeValue> item = Map.of("sk", s(A), "nos", s("000 003 012"));

        assertEquals(List.of(A + "#012", A + "#003", A + "#000"), facts(item, "S#", "S#~"));
        assertEquals(List.of(A + "#000"), facts(item, "S#", A + "#002"));
        assertEquals(List.of(A + "#012", A + "#003"), facts(item, A + "#001", "S#~"));
    }

    @Test
    void aPostingOfTheOlderLayoutIsItsOwnFact() {
        assertEquals(List.of(A + "#004"), facts(Map.of("sk", s(A + "#004"), "fact", s(A + "#004")), "S#", "S#~"));
    }

    private static List<String> facts(Map<String, AttributeValue> item, String low, String high) {
        return PostingItems.postings(item, low, high).stream().map(PostingItems.Posting::fact).toList();
    }

    @Test
    void theKeyOfAStatementsPostingDropsItsNumber() {
        assertEquals(A, PostingItems.key(A + "#017"));
    }

    @Test
    void aMainItemListsTheKeysOfItsPostings() {
        Map<String, AttributeValue> main = Map.of("fact", s(A + "#003"), "terms", AttributeValue.fromSs(List.of("iran", "talk")));

        assertEquals(List.of(Attributes.key("TERM#iran", A), Attributes.key("TERM#talk", A)), PostingItems.keysOf(main));
        assertEquals(List.of(), PostingItems.keysOf(Map.of("fact", s("M#2025-11-20#a1#v1#000"))));
    }
}

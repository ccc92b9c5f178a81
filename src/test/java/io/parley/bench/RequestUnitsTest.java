package io.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class RequestUnitsTest {

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    @Test
    void sizeCountsNamesAndValuesInUtf8Bytes() {
        assertEquals(2 + 6 + 2 + 4 + 3 + 4 + 4 + 3, RequestUnits.size(Map.of("pk", s("TERM#x"), "sk", s("S#é#"), "nos",
                s("0001"), "ids", AttributeValue.fromSs(List.of("ab", "c")))));
    }

    @Test
    void aWriteUnitIsOneStartedKilobyte() {
        assertEquals(1, RequestUnits.writeUnits(Map.of("pk", s("a"))));
        assertEquals(1, RequestUnits.writeUnits(Map.of("pk", s("x".repeat(1022)))));
        assertEquals(2, RequestUnits.writeUnits(Map.of("pk", s("x".repeat(1023)))));
    }

    @Test
    void anItemIsWrittenToEachIndexWhoseKeyItHas() {
        assertEquals(0, RequestUnits.indexesOf(Map.of("pk", s("TERM#x"), "sk", s("S#1"))));
        assertEquals(1, RequestUnits.indexesOf(Map.of("pk", s("ARTICLE#a"), "sk", s("META"), "gsi1pk", s("TYPE#A#3"))));
        assertEquals(2, RequestUnits.indexesOf(Map.of("pk", s("ACTORS"), "gsi1pk", s("x"), "gsi2pk", s("COUNTRY#iran"))));
    }

    @Test
    void onlyAnArticlesMetaItemIsIndexedWhenUpdatedInPlace() {
        assertTrue(RequestUnits.indexedInPlace(Map.of("pk", s("ARTICLE#a"), "sk", s("META"))));
        assertFalse(RequestUnits.indexedInPlace(Map.of("pk", s("ARTICLE#a"), "sk", s("EXTRACTION"))));
        assertFalse(RequestUnits.indexedInPlace(Map.of("pk", s("FEED#f"), "sk", s("META"))));
    }

    @Test
    void theKindOfAnItemIsItsPartitionPrefixAndForAnArticleItsSortPrefix() {
        assertEquals("TERM", RequestUnits.kind(Map.of("pk", s("TERM#iran"), "sk", s("S#1"))));
        assertEquals("ARTICLE/STATEMENT", RequestUnits.kind(Map.of("pk", s("ARTICLE#a"), "sk", s("STATEMENT#v#001"))));
        assertEquals("ACTORS", RequestUnits.kind(Map.of("pk", s("ACTORS"), "sk", s("lavrov#x"))));
    }
}

package io.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.testing.Facts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ArticleItemsTest {

    private static final String TEXT = """
            Ministers meet in Oslo

            OSLO, March 3 — The foreign ministers of Norway and Chile met on Monday to discuss fisheries.
            """;
    private static final Article ARTICLE = Facts.article("a1", LocalDate.of(2026, 3, 3), TEXT);
    private static final StoredArticle STORED = StoredArticle.received(ARTICLE, "api", Instant.parse("2026-03-03T09:00:00Z"));

    @Test
    void theMetaItemIsListedInGsi1AndHoldsNoText() {
        Map<String, AttributeValue> meta = ArticleItems.meta(STORED);

        assertEquals(Attributes.key("ARTICLE#a1", "META"), Map.of("pk", meta.get("pk"), "sk", meta.get("sk")));
        assertTrue(meta.get(TableDefinition.GSI1_PK).s().startsWith("TYPE#A#"));
        assertFalse(ArticleItems.holdsText(meta));
        assertTrue(ItemSize.of(meta) < 1024, "a status update rewrites under one write unit: " + ItemSize.of(meta));
    }

    @Test
    void theTextItemIsInNoIndex() {
        Map<String, AttributeValue> text = ArticleItems.text(STORED);

        assertEquals(Attributes.key("ARTICLE#a1", "TEXT"), Map.of("pk", text.get("pk"), "sk", text.get("sk")));
        assertFalse(text.containsKey(TableDefinition.GSI1_PK));
        assertFalse(text.containsKey(TableDefinition.GSI2_PK));
    }

    @Test
    void theTwoItemsReadBackAsTheStoredArticle() {
        assertEquals(STORED, ArticleItems.fromItems(ArticleItems.meta(STORED), ArticleItems.text(STORED)));
    }

    @Test
    void aMetaItemOfTheEarlierLayoutHoldsItsTextAndReadsAlone() {
        Map<String, AttributeValue> old = new HashMap<>(ArticleItems.meta(STORED));
        old.put("text", ArticleItems.text(STORED).get("text"));

        assertTrue(ArticleItems.holdsText(old));
        assertEquals(STORED, ArticleItems.fromItems(old, old));
    }

    @Test
    void theLargerOfTheTwoItemsIsTheOneThatMustFitTheLimit() {
        StoredArticle longTitle = StoredArticle.received(new Article(new ArticleInfo("a2", "x".repeat(5_000), null, null, null),
                TEXT), "api", Instant.EPOCH);
        StoredArticle longText = StoredArticle.received(Facts.article("a3", null, "Talks\n\n" + randomLetters(20_000)),
                "api", Instant.EPOCH);

        assertEquals(ItemSize.of(ArticleItems.meta(longTitle)), ArticleItems.largestItem(longTitle));
        assertEquals(ItemSize.of(ArticleItems.text(longText)), ArticleItems.largestItem(longText));
        assertTrue(ArticleItems.largestItem(longText) > 10_000, "random letters hardly compress");
    }

    private static String randomLetters(int n) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}

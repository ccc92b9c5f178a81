package io.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.testing.Facts;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class TermListsTest {

    private static final String POSTING = "S#2025-11-20#a1#v1";

    @Test
    void oneListNamesTheArticlesTermsOnceAndThePostingsKey() {
        Map<String, Set<String>> terms = new LinkedHashMap<>();
        terms.put(POSTING + "#000", new LinkedHashSet<>(List.of("sanction", "iran")));
        terms.put(POSTING + "#003", new LinkedHashSet<>(List.of("sanction", "relief")));

        List<Map<String, AttributeValue>> lists = TermLists.build("a1", "v1", terms);

        assertEquals(1, lists.size());
        assertEquals(Attributes.key("ARTICLE#a1", "TERMS#v1#000"),
                Map.of("pk", lists.get(0).get("pk"), "sk", lists.get(0).get("sk")));
        assertEquals("v1", TermLists.versionOf(lists.get(0)));
        assertEquals(List.of(Attributes.key("TERM#iran", POSTING), Attributes.key("TERM#relief", POSTING),
                Attributes.key("TERM#sanction", POSTING)), TermLists.postingKeys(lists.get(0)));
        assertFalse(lists.get(0).containsKey(FactItems.FACT), "a list is not a fact item");
    }

    @Test
    void anArticleWithAHugeVocabularyGetsSeveralListsEachFarBelowTheItemLimit() {
        Set<String> many = new TreeSet<>();
        for (int i = 0; i < 20_000; i++) {
            many.add("term" + i);
        }

        List<Map<String, AttributeValue>> lists = TermLists.build("a1", "v1", Map.of(POSTING + "#000", many));

        assertTrue(lists.size() > 1, "one list of 20,000 terms");
        Set<String> named = new HashSet<>();
        lists.forEach(l -> {
            assertTrue(ItemSize.of(l) < ItemSize.LIMIT / 4, "list of " + ItemSize.of(l) + " bytes");
            assertEquals("v1", TermLists.versionOf(l));
            named.addAll(l.get(PostingItems.TERMS).ss());
        });
        assertEquals(many, named);
    }

    @Test
    void anExtractionsMainItemsNameNoTermsAndItsListNamesEveryPosting() {
        Article article = Facts.article("a1", LocalDate.of(2025, 11, 20), """
                Talks in Moscow

                Lavrov said the sides discussed sanctions relief.
                Araghchi said Tehran valued the partnership.
                """);
        Extraction extraction = new Extraction(article.info(), List.of(), List.of(
                Facts.statement(article, "Lavrov said the sides discussed sanctions relief.", Facts.LAVROV, "sanctions"),
                Facts.statement(article, "Araghchi said Tehran valued the partnership.", Facts.ARAGHCHI, "trade")), "s");

        FactItems.FactSet facts = FactItems.build(article.info(), extraction, a -> "id-" + a.name().length(), "v1");

        List<Map<String, AttributeValue>> lists = facts.mains().stream()
                .filter(i -> i.get("sk").s().startsWith(TermLists.PREFIX)).toList();
        facts.mains().stream().filter(i -> i.containsKey(FactItems.FACT))
                .forEach(main -> assertFalse(main.containsKey(PostingItems.TERMS), main.toString()));
        Set<Map<String, AttributeValue>> postings = new HashSet<>(facts.copies().stream()
                .filter(i -> i.get("pk").s().startsWith("TERM#")).map(i -> Attributes.key(i.get("pk").s(), i.get("sk").s())).toList());
        assertEquals(1, lists.size());
        assertEquals(postings, new HashSet<>(TermLists.postingKeys(lists.get(0))));
        assertTrue(postings.contains(Attributes.key("TERM#partnership", "S#2025-11-20#a1#v1")), postings.toString());
    }
}

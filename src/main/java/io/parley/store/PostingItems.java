package io.parley.store;

import static io.parley.store.Attributes.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code TERM#} postings: one item per search term and article extraction ({@code TERM#<term>} /
 * {@code S#<date>#<article>#<version>}, the fact key without its number) listing the numbers of that
 * extraction's statements that have the term. An article's statements share most of their terms (one sentence
 * gives a quote and a reported statement, several speakers share a sentence, a paragraph repeats its words),
 * so this writes one item per distinct term of the article rather than one per term and statement. Items
 * written before this layout (one per term and statement, sort key the whole fact key, no numbers) read the
 * same. A posting holds no {@code fact} attribute: it is not a fact item.
 */
final class PostingItems {

    /** On a posting: the statement numbers, {@code "000 003 017"}. */
    static final String NUMBERS = "nos";
    /**
     * On a {@link TermLists term list}: the terms it names; on a statement's main item written before the lists:
     * its own indexed terms, whose postings the cleaner deletes with it.
     */
    static final String TERMS = "terms";

    private PostingItems() {
    }

    /** The sort key of the posting that holds a statement: its fact key without the {@code #nnn}. */
    static String key(String factKey) {
        return factKey.substring(0, factKey.lastIndexOf('#'));
    }

    /** The posting items of an extraction's statements: each fact key with its indexed terms. */
    static List<Map<String, AttributeValue>> build(Map<String, Set<String>> termsByFact) {
        Map<String, Map<String, List<String>>> numbers = new LinkedHashMap<>();
        termsByFact.forEach((fact, terms) -> terms.forEach(term -> numbers
                .computeIfAbsent(term, t -> new LinkedHashMap<>())
                .computeIfAbsent(key(fact), k -> new ArrayList<>())
                .add(fact.substring(fact.lastIndexOf('#') + 1))));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        numbers.forEach((term, byKey) -> byKey.forEach((key, nos) -> items.add(item(term, key, nos))));
        return items;
    }

    private static Map<String, AttributeValue> item(String term, String key, List<String> numbers) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.term(term), key));
        item.put(NUMBERS, s(String.join(" ", numbers)));
        return item;
    }

    /** The fact keys a posting item holds between {@code low} and {@code high} (inclusive), newest first. */
    static List<String> facts(Map<String, AttributeValue> item, String low, String high) {
        String key = item.get(TableDefinition.SK).s();
        AttributeValue nos = item.get(NUMBERS);
        if (nos == null) {
            return List.of(key);
        }
        List<String> facts = new ArrayList<>();
        String[] numbers = nos.s().split(" ");
        for (int i = numbers.length - 1; i >= 0; i--) {
            String fact = key + "#" + numbers[i];
            if (fact.compareTo(low) >= 0 && fact.compareTo(high) <= 0) {
                facts.add(fact);
            }
        }
        return facts;
    }

    /** The keys of the postings a statement's main item lists (only main items written before {@link TermLists}). */
    static List<Map<String, AttributeValue>> keysOf(Map<String, AttributeValue> main) {
        AttributeValue terms = main.get(TERMS);
        String key = key(main.get(FactItems.FACT).s());
        return terms == null ? List.of() : terms.ss().stream().map(t -> Attributes.key(Keys.term(t), key)).toList();
    }
}

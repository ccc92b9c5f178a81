package io.parley.store;

import static io.parley.store.Attributes.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code TERM#} postings: one item per search term and article extraction ({@code TERM#<term>} /
 * {@code S#<date>#<article>#<version>}, the fact key without its number) listing the numbers of that
 * extraction's statements that have the term and, for each, what ranking needs ({@link StatementTerms}: the
 * term's count among the statement's ranking terms, their number, the speaker's country), so a question ranks
 * the statements a word finds from their postings and reads only those it shows. An article's statements share
 * most of their terms (one sentence gives a quote and a reported statement, several speakers share a sentence, a
 * paragraph repeats its words), so this writes one item per distinct term of the article rather than one per term
 * and statement. Items written before this layout (one per term and statement, sort key the whole fact key, no
 * numbers) and postings written before the ranking data read the same, without it. A posting holds no
 * {@code fact} attribute: it is not a fact item.
 */
final class PostingItems {

    /** On a posting: the statement numbers, {@code "000 003 017"}. */
    static final String NUMBERS = "nos";
    /**
     * On a posting: per statement number, in the same order and separated by {@code ;},
     * {@code <count>:<length>:<country>:<topics>}, the topics those of the statement's topics that have the term
     * among their own terms, separated by {@code |} ({@code "2:31:Iran:;1:18::war and conflict;1:20:United States:"},
     * the country empty when unknown).
     */
    static final String RANKING = "rk";
    /**
     * On a {@link TermLists term list}: the terms it names; on a statement's main item written before the lists:
     * its own indexed terms, whose postings the cleaner deletes with it.
     */
    static final String TERMS = "terms";
    /**
     * The countries and topics a posting can hold; a statement whose speaker's country or one of whose topics is
     * another string gets no ranking data.
     */
    private static final Pattern NAME = Pattern.compile("[^;:|]{0,100}");

    /**
     * One statement a posting holds: its fact key and, when the posting has them, its ranking data (else -1, -1,
     * no country, no topics).
     */
    record Posting(String fact, int count, int length, String country, List<String> topics) {

        Posting {
            topics = List.copyOf(topics);
        }

        static Posting unranked(String fact) {
            return new Posting(fact, -1, -1, null, List.of());
        }

        /** Whether the posting gave the ranking data. */
        boolean ranked() {
            return length >= 0;
        }
    }

    private PostingItems() {
    }

    /** The sort key of the posting that holds a statement: its fact key without the {@code #nnn}. */
    static String key(String factKey) {
        return factKey.substring(0, factKey.lastIndexOf('#'));
    }

    /** The posting items of an extraction's statements: each fact key with its terms. */
    static List<Map<String, AttributeValue>> build(Map<String, StatementTerms> termsByFact) {
        Map<String, Map<String, List<String>>> facts = new LinkedHashMap<>();
        termsByFact.forEach((fact, terms) -> terms.indexed().forEach(term -> facts
                .computeIfAbsent(term, t -> new LinkedHashMap<>())
                .computeIfAbsent(key(fact), k -> new ArrayList<>())
                .add(fact)));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        facts.forEach((term, byKey) -> byKey.forEach((key, these) -> items.add(item(term, key, these, termsByFact))));
        return items;
    }

    private static Map<String, AttributeValue> item(String term, String key, List<String> facts,
                                                    Map<String, StatementTerms> termsByFact) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.term(term), key));
        item.put(NUMBERS, s(String.join(" ", facts.stream().map(f -> f.substring(f.lastIndexOf('#') + 1)).toList())));
        List<String> ranking = facts.stream().map(f -> ranking(term, termsByFact.get(f))).toList();
        if (!ranking.contains(null)) {
            item.put(RANKING, s(String.join(";", ranking)));
        }
        return item;
    }

    private static String ranking(String term, StatementTerms terms) {
        String country = terms.country() == null ? "" : terms.country();
        List<String> topics = terms.topicsWith(term);
        if (!NAME.matcher(country).matches() || !topics.stream().allMatch(t -> NAME.matcher(t).matches())) {
            return null;
        }
        return terms.count(term) + ":" + terms.length() + ":" + country + ":" + String.join("|", topics);
    }

    /** The statements a posting item holds between {@code low} and {@code high} (inclusive), newest first. */
    static List<Posting> postings(Map<String, AttributeValue> item, String low, String high) {
        String key = item.get(TableDefinition.SK).s();
        AttributeValue nos = item.get(NUMBERS);
        if (nos == null) {
            return List.of(Posting.unranked(key));
        }
        String[] numbers = nos.s().split(" ");
        AttributeValue rk = item.get(RANKING);
        String[] ranking = rk == null ? null : rk.s().split(";", -1);
        List<Posting> postings = new ArrayList<>();
        for (int i = numbers.length - 1; i >= 0; i--) {
            String fact = key + "#" + numbers[i];
            if (fact.compareTo(low) >= 0 && fact.compareTo(high) <= 0) {
                postings.add(ranking == null || ranking.length != numbers.length ? Posting.unranked(fact)
                        : posting(fact, ranking[i]));
            }
        }
        return postings;
    }

    private static Posting posting(String fact, String ranking) {
        String[] parts = ranking.split(":", -1);
        if (parts.length != 4) {
            return Posting.unranked(fact);
        }
        try {
            return new Posting(fact, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2].isEmpty() ? null : parts[2],
                    parts[3].isEmpty() ? List.of() : List.of(parts[3].split("\\|")));
        } catch (NumberFormatException e) {
            return Posting.unranked(fact);
        }
    }

    /** The keys of the postings a statement's main item lists (only main items written before {@link TermLists}). */
    static List<Map<String, AttributeValue>> keysOf(Map<String, AttributeValue> main) {
        AttributeValue terms = main.get(TERMS);
        String key = key(main.get(FactItems.FACT).s());
        return terms == null ? List.of() : terms.ss().stream().map(t -> Attributes.key(Keys.term(t), key)).toList();
    }
}

package io.parley.store;

import static io.parley.store.Attributes.s;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The lists of the terms an extraction has {@code TERM#} postings for ({@link PostingItems}), kept in its article's
 * partition ({@code ARTICLE#<id>} / {@code TERMS#<version>#<nnn>}; attributes {@code terms} and {@code posting}, the
 * postings' sort key) so that the cleaner ({@link StaleFacts}) finds every posting of a version. One list per
 * extraction rather than one on each statement's main item: an article's statements share most of their terms, and
 * the per-statement lists pushed half the main items (and their gsi1 copies) over one write unit. A list holds at
 * most {@value #MAX_BYTES} bytes of terms, so an extraction of any size fits. Main items written before the lists
 * name their own terms and are cleaned by them ({@link PostingItems#keysOf}). A list has no {@code fact}: it is not
 * a fact item.
 */
final class TermLists {

    static final String PREFIX = "TERMS#";
    /** On a list: the sort key of the postings it names. */
    static final String POSTING = "posting";
    private static final int MAX_BYTES = 32 * 1024;

    private TermLists() {
    }

    /** The lists of an extraction's postings, from each statement's fact key and indexed terms. */
    static List<Map<String, AttributeValue>> build(String articleId, String version, Map<String, Set<String>> termsByFact) {
        Map<String, Set<String>> termsByPosting = new TreeMap<>();
        termsByFact.forEach((fact, terms) -> termsByPosting.computeIfAbsent(PostingItems.key(fact), k -> new TreeSet<>())
                .addAll(terms));
        List<Map<String, AttributeValue>> lists = new ArrayList<>();
        termsByPosting.forEach((posting, terms) -> chunks(terms).forEach(chunk ->
                lists.add(item(articleId, version, lists.size(), posting, chunk))));
        return lists;
    }

    /** The extraction version a list belongs to, from its sort key. */
    static String versionOf(Map<String, AttributeValue> list) {
        String rest = list.get(TableDefinition.SK).s().substring(PREFIX.length());
        return rest.substring(0, rest.lastIndexOf('#'));
    }

    /** The keys of the postings a list names. */
    static List<Map<String, AttributeValue>> postingKeys(Map<String, AttributeValue> list) {
        String posting = list.get(POSTING).s();
        return list.get(PostingItems.TERMS).ss().stream().map(t -> Attributes.key(Keys.term(t), posting)).toList();
    }

    private static List<List<String>> chunks(Set<String> terms) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        int bytes = 0;
        for (String term : terms) {
            int size = term.getBytes(StandardCharsets.UTF_8).length;
            if (!chunk.isEmpty() && bytes + size > MAX_BYTES) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                bytes = 0;
            }
            chunk.add(term);
            bytes += size;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    private static Map<String, AttributeValue> item(String articleId, String version, int index, String posting,
                                                    List<String> terms) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.article(articleId),
                Keys.termList(version, index)));
        item.put(POSTING, s(posting));
        item.put(PostingItems.TERMS, AttributeValue.fromSs(terms));
        return item;
    }
}

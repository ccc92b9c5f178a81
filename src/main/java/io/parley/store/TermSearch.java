package io.parley.store;

import io.parley.model.StatementEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * TermSearch answers a {@link TermFilter} from the {@code TERM#} postings: it reads every group's posting lists
 * newest first, all at once ({@link Postings#readAll}; the budget shared by the groups), keeps the fact keys every group has, then reads the documents
 * of those facts by key, newest first, until the page is full (the batches the page needs whatever they hold at once). A posting list cut short by its budget makes the
 * facts older than where it stopped unknown: the page ends there, and its {@code next} token resumes below it,
 * so a request reads at most its budget of postings and of documents, however large the table.
 */
final class TermSearch {

    /** The smallest share of the budget a posting list may read. */
    static final int MIN_SHARE = 50;
    /** The most documents read in one batch. */
    static final int DOCUMENT_BATCH = 100;

    /** Where postings and documents come from (DynamoDB, or the in-memory store). */
    interface Postings {

        /**
         * The statements of one posting partition between {@code low} and {@code high}, newest first: all those
         * held by its newest posting items, at most {@code max} items (an item holds one article's statements with
         * the term, so the statements read are not thrown away). Complete when no item is left.
         */
        Slice read(String partition, String low, String high, int max);

        /** The documents of these facts that are of their article's current extraction, by fact key. */
        Map<String, StatementEntry> documents(List<String> factKeys);

        /** The documents of several batches of facts, in order ({@link #documents} each; DynamoDB reads them at once). */
        default List<Map<String, StatementEntry>> documentsAll(List<List<String>> batches) {
            return batches.stream().map(this::documents).toList();
        }

        /** Several posting lists, in order ({@link #read} each; DynamoDB reads them at once). */
        default List<Slice> readAll(List<ListRead> lists) {
            return lists.stream().map(l -> read(l.partition(), l.low(), l.high(), l.max())).toList();
        }
    }

    /** One posting list to read: its partition, key range and the most facts wanted. */
    record ListRead(String partition, String low, String high, int max) {
    }

    /** The statements read from one posting list, newest first, and whether the list was read to its end. */
    record Slice(List<PostingItems.Posting> postings, boolean complete) {
    }

    /** The facts that may have every group's terms, newest first, and the key above which that is certain. */
    private record Matches(List<TermHit> hits, String cutoff) {

        List<String> facts() {
            return hits.stream().map(TermHit::fact).toList();
        }
    }

    private final Postings postings;
    private final int budget;

    TermSearch(Postings postings, int budget) {
        this.postings = postings;
        this.budget = budget;
    }

    /**
     * The statements the postings say have a term of every group, newest first, read from the postings alone
     * (within the budget, as {@link #run} reads them): a page of at most {@code page.limit()}, whose {@code next}
     * token resumes below it.
     */
    Page<TermHit> hits(TermFilter filter, PageRequest page) {
        Matches matches = matches(filter, page);
        List<TermHit> hits = matches.hits();
        if (hits.size() > page.limit()) {
            return new Page<>(hits.subList(0, page.limit()), PageToken.encode(hits.get(page.limit() - 1).fact()));
        }
        return new Page<>(hits, matches.cutoff() == null ? null : PageToken.encode(matches.cutoff()));
    }

    Page<StatementEntry> run(TermFilter filter, Predicate<StatementEntry> keep, PageRequest page) {
        Matches matches = matches(filter, page);
        List<String> shownKeys = new ArrayList<>();
        List<StatementEntry> shown = new ArrayList<>();
        List<String> facts = matches.facts();
        List<List<String>> batches = batches(facts, page.limit());
        int sure = sureBatches(facts.size(), page.limit());
        List<Map<String, StatementEntry>> first = postings.documentsAll(batches.subList(0, sure));
        for (int b = 0; b < batches.size() && shown.size() <= page.limit(); b++) {
            Map<String, StatementEntry> docs = b < sure ? first.get(b) : postings.documents(batches.get(b));
            for (String fact : batches.get(b)) {
                StatementEntry entry = docs.get(fact);
                if (entry != null && keep.test(entry) && shown.size() <= page.limit()) {
                    shownKeys.add(fact);
                    shown.add(entry);
                }
            }
        }
        if (shown.size() > page.limit()) {
            return new Page<>(shown.subList(0, page.limit()), PageToken.encode(shownKeys.get(page.limit() - 1)));
        }
        return new Page<>(shown, matches.cutoff() == null ? null : PageToken.encode(matches.cutoff()));
    }

    /**
     * The facts in batches, in order: the first {@code limit + 1} (all a page needs when every document is current
     * and kept) in batches of at most {@link #DOCUMENT_BATCH}, then the rest in batches of {@link #DOCUMENT_BATCH}.
     */
    static List<List<String>> batches(List<String> facts, int limit) {
        int sure = Math.min(facts.size(), limit + 1);
        List<List<String>> batches = new ArrayList<>(split(facts.subList(0, sure)));
        batches.addAll(split(facts.subList(sure, facts.size())));
        return batches;
    }

    private static List<List<String>> split(List<String> facts) {
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < facts.size(); i += DOCUMENT_BATCH) {
            batches.add(facts.subList(i, Math.min(facts.size(), i + DOCUMENT_BATCH)));
        }
        return batches;
    }

    /**
     * How many of the first batches a page reads whatever their documents hold: those with one of the first
     * {@code limit + 1} facts (a page is full, and known to have more, only after that many), so they are read at once.
     */
    static int sureBatches(int facts, int limit) {
        int sure = Math.min(facts, limit + 1);
        return (sure + DOCUMENT_BATCH - 1) / DOCUMENT_BATCH;
    }

    private Matches matches(TermFilter filter, PageRequest page) {
        String low = Keys.factLow(Keys.FactType.STATEMENT, filter.from());
        String high = Keys.factHigh(Keys.FactType.STATEMENT, filter.to());
        String after = page.token() == null ? null : PageToken.decode(page.token());
        String top = after != null && after.compareTo(high) < 0 ? after : high;
        return intersect(filter.groups(), low, top, after, page.limit());
    }

    private Matches intersect(List<Set<String>> groups, String low, String top, String after, int limit) {
        int share = Math.max(MIN_SHARE, Math.max(budget, limit + 1) / groups.size());
        List<ListRead> lists = new ArrayList<>();
        for (Set<String> group : groups) {
            int each = Math.max(MIN_SHARE, share / group.size());
            new TreeSet<>(group).forEach(term -> lists.add(new ListRead(Keys.term(term), low, top, each)));
        }
        Iterator<Slice> slices = postings.readAll(lists).iterator();
        Map<String, HitParts> common = null;
        String cutoff = null;
        for (Set<String> group : groups) {
            Map<String, HitParts> facts = new HashMap<>();
            for (String term : new TreeSet<>(group)) {
                Slice slice = slices.next();
                slice.postings().forEach(p -> facts.computeIfAbsent(p.fact(), f -> new HitParts()).add(term, p));
                if (!slice.complete() && !slice.postings().isEmpty()) {
                    cutoff = PageCut.higher(cutoff, slice.postings().get(slice.postings().size() - 1).fact());
                }
            }
            common = common == null ? facts : join(common, facts);
        }
        String floor = cutoff;
        List<TermHit> ordered = new ArrayList<>(common.entrySet().stream()
                .filter(e -> !e.getKey().equals(after) && (floor == null || e.getKey().compareTo(floor) >= 0))
                .map(e -> e.getValue().hit(e.getKey())).toList());
        ordered.sort(Comparator.comparing(TermHit::fact).reversed());
        return new Matches(ordered, cutoff);
    }

    /** The facts of both, each with the postings both read of it. */
    private static Map<String, HitParts> join(Map<String, HitParts> common, Map<String, HitParts> group) {
        Map<String, HitParts> both = new HashMap<>();
        common.forEach((fact, parts) -> {
            HitParts more = group.get(fact);
            if (more != null) {
                both.put(fact, parts.with(more));
            }
        });
        return both;
    }

    /** What the postings read of one fact say: each term's count, its length, country and topics, whether all were ranked. */
    private static final class HitParts {
        private final Map<String, Integer> counts = new HashMap<>();
        private final Set<String> topics = new HashSet<>();
        private int length = -1;
        private String country;
        private boolean ranked = true;

        void add(String term, PostingItems.Posting posting) {
            if (!posting.ranked()) {
                ranked = false;
                return;
            }
            counts.put(term, posting.count());
            topics.addAll(posting.topics());
            length = posting.length();
            country = posting.country();
        }

        HitParts with(HitParts other) {
            counts.putAll(other.counts);
            topics.addAll(other.topics);
            ranked &= other.ranked;
            if (length < 0) {
                length = other.length;
                country = other.country;
            }
            return this;
        }

        TermHit hit(String fact) {
            return ranked && length >= 0 ? new TermHit(fact, counts, length, country, topics)
                    : new TermHit(fact, Map.of(), -1, null, Set.of());
        }
    }
}

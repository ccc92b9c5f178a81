package io.parley.store;

import io.parley.model.StatementEntry;
import java.util.ArrayList;
import java.util.Comparator;
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

        /** The fact keys of one posting partition between {@code low} and {@code high}, newest first, at most {@code max}. */
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

    /** Fact keys read from one posting list, and whether the list was read to its end. */
    record Slice(List<String> facts, boolean complete) {
    }

    /** The facts that may have every group's terms, newest first, and the key above which that is certain. */
    private record Matches(List<String> facts, String cutoff) {
    }

    private final Postings postings;
    private final int budget;

    TermSearch(Postings postings, int budget) {
        this.postings = postings;
        this.budget = budget;
    }

    Page<StatementEntry> run(TermFilter filter, Predicate<StatementEntry> keep, PageRequest page) {
        String low = Keys.factLow(Keys.FactType.STATEMENT, filter.from());
        String high = Keys.factHigh(Keys.FactType.STATEMENT, filter.to());
        String after = page.token() == null ? null : PageToken.decode(page.token());
        String top = after != null && after.compareTo(high) < 0 ? after : high;
        Matches matches = intersect(filter.groups(), low, top, after, page.limit());
        List<String> shownKeys = new ArrayList<>();
        List<StatementEntry> shown = new ArrayList<>();
        List<List<String>> batches = batches(matches.facts());
        int sure = sureBatches(matches.facts().size(), page.limit());
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

    /** The facts in batches of {@link #DOCUMENT_BATCH}, in order. */
    static List<List<String>> batches(List<String> facts) {
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

    private Matches intersect(List<Set<String>> groups, String low, String top, String after, int limit) {
        int share = Math.max(MIN_SHARE, Math.max(budget, limit + 1) / groups.size());
        List<ListRead> lists = new ArrayList<>();
        for (Set<String> group : groups) {
            int each = Math.max(MIN_SHARE, share / group.size());
            new TreeSet<>(group).forEach(term -> lists.add(new ListRead(Keys.term(term), low, top, each)));
        }
        Iterator<Slice> slices = postings.readAll(lists).iterator();
        Set<String> common = null;
        String cutoff = null;
        for (Set<String> group : groups) {
            Set<String> facts = new HashSet<>();
            for (int i = 0; i < group.size(); i++) {
                Slice slice = slices.next();
                facts.addAll(slice.facts());
                if (!slice.complete() && !slice.facts().isEmpty()) {
                    cutoff = PageCut.higher(cutoff, slice.facts().get(slice.facts().size() - 1));
                }
            }
            if (common == null) {
                common = facts;
            } else {
                common.retainAll(facts);
            }
        }
        String floor = cutoff;
        List<String> ordered = new ArrayList<>(common.stream()
                .filter(f -> !f.equals(after) && (floor == null || f.compareTo(floor) >= 0)).toList());
        ordered.sort(Comparator.reverseOrder());
        return new Matches(ordered, cutoff);
    }
}

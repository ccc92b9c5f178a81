package io.parley.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * StemTrie finds, in one pass over a lower-cased text, which keyword stems begin a word: each stem carries a
 * bit (its group, at most 64 groups) and a match ORs the bits of every stem that starts at a word start, so
 * that tagging a sentence costs one walk per word instead of one {@code indexOf} per keyword.
 */
final class StemTrie {

    /** Bits are the positions of a {@code long}. */
    static final int MAX_GROUPS = Long.SIZE;

    private final Node root = new Node();

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        long bits;
    }

    /** Adds {@code stem} (already lower case) to group {@code bit}. */
    void add(String stem, int bit) {
        if (bit < 0 || bit >= MAX_GROUPS) {
            throw new IllegalArgumentException("at most " + MAX_GROUPS + " keyword groups, got group " + bit);
        }
        if (stem.isEmpty()) {
            return;
        }
        Node n = root;
        for (int i = 0; i < stem.length(); i++) {
            n = n.next.computeIfAbsent(stem.charAt(i), c -> new Node());
        }
        n.bits |= 1L << bit;
    }

    /** The OR of the groups of every stem found at a word start of {@code lower} (a start: no letter before). */
    long matchAtWordStarts(String lower) {
        long found = 0;
        for (int i = 0; i < lower.length(); i++) {
            if (i == 0 || !Character.isLetter(lower.charAt(i - 1))) {
                found |= walk(lower, i);
            }
        }
        return found;
    }

    private long walk(String lower, int from) {
        long found = 0;
        Node n = root;
        for (int i = from; i < lower.length(); i++) {
            n = n.next.get(lower.charAt(i));
            if (n == null) {
                break;
            }
            found |= n.bits;
        }
        return found;
    }
}

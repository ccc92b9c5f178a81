package io.parley.extract;

import java.util.Arrays;

/**
 * StemTrie finds, in one pass over a lower-cased text, which keyword stems begin a word: each stem carries a
 * bit (its group, at most 64 groups) and a match ORs the bits of every stem that starts at a word start, so
 * that tagging a sentence costs one walk per word instead of one {@code indexOf} per keyword.
 */
final class StemTrie {

    /** Bits are the positions of a {@code long}. */
    static final int MAX_GROUPS = Long.SIZE;

    private final Node root = new Node();
    /** The root's children by ASCII character, for the first step of every walk (most of them end there). */
    private final Node[] asciiRoots = new Node[128];

    /** A trie node: its children by character, in two parallel arrays sorted by character (no boxing, no hashing). */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        long bits;

        Node child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        Node childOrNew(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            Node n = new Node();
            keys = insert(keys, insert, c);
            Node[] grown = Arrays.copyOf(children, children.length + 1);
            System.arraycopy(children, insert, grown, insert + 1, children.length - insert);
            grown[insert] = n;
            children = grown;
            return n;
        }

        private static char[] insert(char[] a, int at, char c) {
            char[] grown = Arrays.copyOf(a, a.length + 1);
            System.arraycopy(a, at, grown, at + 1, a.length - at);
            grown[at] = c;
            return grown;
        }
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
            n = n.childOrNew(stem.charAt(i));
        }
        n.bits |= 1L << bit;
        char first = stem.charAt(0);
        if (first < asciiRoots.length) {
            asciiRoots[first] = root.child(first);
        }
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
        char first = lower.charAt(from);
        Node n = first < asciiRoots.length ? asciiRoots[first] : root.child(first);
        if (n == null) {
            return 0;
        }
        long found = n.bits;
        for (int i = from + 1; i < lower.length(); i++) {
            n = n.child(lower.charAt(i));
            if (n == null) {
                break;
            }
            found |= n.bits;
        }
        return found;
    }
}

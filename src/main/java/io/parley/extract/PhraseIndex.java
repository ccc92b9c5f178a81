package io.parley.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PhraseIndex finds the longest lexicon phrase that starts at a token: the phrases are a trie of words, so a
 * token that begins no phrase costs one hash lookup and a match walks one node per token, with no string built.
 */
final class PhraseIndex {

    /** Bits of the filter of first words: 512 bytes, small enough to stay in the cache through a whole article. */
    private static final int FILTER_BITS = 4096;

    private final Node root = new Node();
    private final boolean lowerCase;
    /**
     * One bit per hash slot of the words that begin a phrase: a token whose bit is clear begins none, which settles
     * most tokens (nineteen in twenty begin no phrase) without a lookup in the larger root map.
     */
    private final long[] firstWords = new long[FILTER_BITS / Long.SIZE];

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(2);
        boolean phraseEnds;
    }

    /** An index over {@code phrases} (words separated by one space); with {@code lowerCase} tokens are looked up lower-cased. */
    PhraseIndex(Set<String> phrases, boolean lowerCase) {
        this.lowerCase = lowerCase;
        for (String p : phrases) {
            Node n = root;
            String[] words = p.split(" ");
            for (String w : words) {
                n = n.next.computeIfAbsent(w, k -> new Node());
            }
            n.phraseEnds = true;
            int slot = slot(words[0]);
            firstWords[slot / Long.SIZE] |= 1L << slot;
        }
    }

    /** The number of tokens of the longest phrase starting at token {@code i}, or 0. */
    int match(List<Token> toks, int i) {
        if (i >= toks.size() || !mayBegin(word(toks.get(i)))) {
            return 0;
        }
        int best = 0;
        Node n = root;
        for (int j = i; j < toks.size(); j++) {
            n = n.next.get(word(toks.get(j)));
            if (n == null) {
                break;
            }
            if (n.phraseEnds) {
                best = j - i + 1;
            }
        }
        return best;
    }

    /** The phrase text of tokens {@code [i, i + len)} as the index spells it. */
    String phrase(List<Token> toks, int i, int len) {
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < i + len; j++) {
            sb.append(j > i ? " " : "").append(word(toks.get(j)));
        }
        return sb.toString();
    }

    private boolean mayBegin(String word) {
        int slot = slot(word);
        return (firstWords[slot / Long.SIZE] & 1L << slot) != 0;
    }

    private static int slot(String word) {
        int h = word.hashCode();
        return (h ^ h >>> 16) & FILTER_BITS - 1;
    }

    private String word(Token t) {
        return lowerCase ? t.lower() : t.text();
    }
}

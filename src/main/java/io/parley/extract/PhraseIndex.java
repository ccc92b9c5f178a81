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

    private final Node root = new Node();
    private final boolean lowerCase;

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(2);
        boolean phraseEnds;
    }

    /** An index over {@code phrases} (words separated by one space); with {@code lowerCase} tokens are looked up lower-cased. */
    PhraseIndex(Set<String> phrases, boolean lowerCase) {
        this.lowerCase = lowerCase;
        for (String p : phrases) {
            Node n = root;
            for (String w : p.split(" ")) {
                n = n.next.computeIfAbsent(w, k -> new Node());
            }
            n.phraseEnds = true;
        }
    }

    /** The number of tokens of the longest phrase starting at token {@code i}, or 0. */
    int match(List<Token> toks, int i) {
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

    private String word(Token t) {
        return lowerCase ? t.lower() : t.text();
    }
}

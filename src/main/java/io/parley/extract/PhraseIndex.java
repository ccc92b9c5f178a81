package io.parley.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PhraseIndex finds the longest lexicon phrase that starts at a token, looking only at tokens whose first
 * word begins some phrase, so that most tokens cost one hash lookup.
 */
final class PhraseIndex {

    private final Set<String> phrases;
    private final Map<String, Integer> maxWords = new HashMap<>();
    private final boolean lowerCase;

    /** An index over {@code phrases}; with {@code lowerCase} the tokens are lower-cased before lookup. */
    PhraseIndex(Set<String> phrases, boolean lowerCase) {
        this.phrases = phrases;
        this.lowerCase = lowerCase;
        for (String p : phrases) {
            String[] words = p.split(" ");
            maxWords.merge(words[0], words.length, Math::max);
        }
    }

    /** The number of tokens of the longest phrase starting at token {@code i}, or 0. */
    int match(List<Token> toks, int i) {
        Integer max = maxWords.get(word(toks.get(i)));
        if (max == null) {
            return 0;
        }
        int best = 0;
        StringBuilder sb = new StringBuilder();
        for (int len = 1; len <= max && i + len <= toks.size(); len++) {
            sb.append(len > 1 ? " " : "").append(word(toks.get(i + len - 1)));
            if (phrases.contains(sb.toString())) {
                best = len;
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
        return lowerCase ? t.text().toLowerCase(Locale.ROOT) : t.text();
    }
}

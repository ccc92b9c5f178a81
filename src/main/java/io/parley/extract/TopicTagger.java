package io.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** TopicTagger names the topics of a sentence from keyword stems ({@code lexicon/topics.txt}). */
final class TopicTagger {

    /** The topics in name order; a topic's position in this list is its bit in {@link StemTrie} matches. */
    private final List<String> topics;
    private final StemTrie stems;

    TopicTagger(Lexicons lex) {
        Map<String, String[]> byTopic = new TreeMap<>();
        lex.topics().forEach((topic, words) -> byTopic.put(topic, words.split("\\|")));
        this.topics = List.copyOf(byTopic.keySet());
        this.stems = new StemTrie();
        int bit = 0;
        for (String[] words : byTopic.values()) {
            for (String w : words) {
                stems.add(w, bit);
            }
            bit++;
        }
    }

    /** The topics whose keyword starts a word of {@code sentence} (in topic-name order), then its named agreements. */
    List<String> tag(String sentence) {
        long found = stems.matchAtWordStarts(sentence.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        for (int bit = 0; bit < topics.size(); bit++) {
            if ((found & 1L << bit) != 0) {
                out.add(topics.get(bit));
            }
        }
        out.addAll(namedAgreements(sentence));
        return out;
    }

    private static final Set<String> AGREEMENTS = Set.of("Treaty", "Agreement", "Accord", "Accords", "Pact",
            "Convention", "Deal", "Protocol", "Charter", "Memorandum");

    /** Named agreements: capitalised words ending in "Treaty", "Agreement", "Accord" ("Paris Agreement"). */
    static List<String> namedAgreements(String sentence) {
        List<String> out = new ArrayList<>();
        if (!mentionsAgreementWord(sentence)) {
            return out;
        }
        List<Token> toks = Tokenizer.tokenize(sentence, 0, sentence.length());
        for (int i = 1; i < toks.size(); i++) {
            if (!AGREEMENTS.contains(toks.get(i).text())) {
                continue;
            }
            int s = i;
            while (s > 0 && i - s < 6 && toks.get(s - 1).isWord() && toks.get(s - 1).isCapitalized()) {
                s--;
            }
            if (s < i && !out.contains(sentence.substring(toks.get(s).start(), toks.get(i).end()))) {
                out.add(sentence.substring(toks.get(s).start(), toks.get(i).end()));
            }
        }
        return out;
    }

    /** Whether an agreement word occurs in the text at all: most sentences name none, and need no tokens. */
    private static boolean mentionsAgreementWord(String sentence) {
        for (String word : AGREEMENTS) {
            if (sentence.contains(word)) {
                return true;
            }
        }
        return false;
    }
}

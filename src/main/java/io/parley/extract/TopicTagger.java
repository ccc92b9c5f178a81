package io.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** TopicTagger names the topics of a sentence from keyword stems ({@code lexicon/topics.txt}). */
final class TopicTagger {

    private final Map<String, String[]> stems = new TreeMap<>();

    TopicTagger(Lexicons lex) {
        lex.topics().forEach((topic, words) -> stems.put(topic, words.split("\\|")));
    }

    List<String> tag(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        stems.forEach((topic, words) -> {
            if (anyAtWordStart(lower, words)) {
                out.add(topic);
            }
        });
        out.addAll(namedAgreements(sentence));
        return out;
    }

    private static final Set<String> AGREEMENTS = Set.of("Treaty", "Agreement", "Accord", "Accords", "Pact",
            "Convention", "Deal", "Protocol", "Charter", "Memorandum");

    /** Named agreements: capitalised words ending in "Treaty", "Agreement", "Accord" ("Paris Agreement"). */
    static List<String> namedAgreements(String sentence) {
        List<Token> toks = Tokenizer.tokenize(sentence, 0, sentence.length());
        List<String> out = new ArrayList<>();
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

    private static boolean anyAtWordStart(String text, String[] words) {
        for (String w : words) {
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}

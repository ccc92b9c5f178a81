package io.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

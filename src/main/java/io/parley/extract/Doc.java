package io.parley.extract;

import java.util.ArrayList;
import java.util.List;

/** A Doc is the article text with its paragraphs, sentences, tokens and mentions, all as offsets. */
record Doc(String text, List<Paragraph> paragraphs, List<Sentence> sentences, List<List<Token>> tokenLists,
           List<List<Mention>> mentionLists, List<Quote> quotes) {

    /** Whether an offset lies inside quoted words. */
    boolean quoted(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Quote q = quotes.get(mid);
            if (q.covers(offset)) {
                return true;
            }
            if (q.start() > offset) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return false;
    }

    boolean isHeadline(int sentence) {
        return paragraphs.size() > 1 && sentences.get(sentence).paragraph() == 0;
    }

    List<Token> tokens(int sentence) {
        return tokenLists.get(sentence);
    }

    List<Mention> mentions(int sentence) {
        return mentionLists.get(sentence);
    }

    List<Mention> allMentions() {
        List<Mention> out = new ArrayList<>();
        mentionLists.forEach(out::addAll);
        return out;
    }

    String sentenceText(int sentence) {
        Sentence s = sentences.get(sentence);
        return text.substring(s.start(), s.end());
    }

    /** The index of the sentence holding {@code offset}, or of the last sentence starting before it; -1 if none. */
    int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}

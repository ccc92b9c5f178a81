package io.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * QuoteOwners gives each quote its speaker: the speaker attributed in a sentence the quote touches (the
 * cue nearest the quote wins), carried along a quote that runs over several sentences or paragraphs;
 * else the speaker of a sentence ending in a colon just before it; else, for a quote that opens a
 * paragraph, the speaker of the paragraph before; else, for a quote that opens a sentence, the speaker of the
 * sentence just before it in its paragraph; else the speaker of the direct quote that ended just before.
 */
final class QuoteOwners {

    private static final int MAX_CROSS_HEAD_WORDS = 5;

    private QuoteOwners() {
    }

    /** Speaker entity id per quote (index into {@code quotes}); quotes without a speaker are absent. */
    static Map<Integer, Attribution> assign(Doc doc, List<Quote> quotes, List<List<Attribution>> bySentence) {
        return assign(doc, quotes, bySentence, Map.of());
    }

    /**
     * As {@link #assign(Doc, List, List)}, and a quote that opens a paragraph of {@code headed} with no speaker
     * otherwise belongs to that paragraph's heading speaker ({@link HeadingSpeakers}).
     */
    static Map<Integer, Attribution> assign(Doc doc, List<Quote> quotes, List<List<Attribution>> bySentence,
                                            Map<Integer, Attribution> headed) {
        Map<Integer, Attribution> owner = new HashMap<>();
        List<List<Integer>> chains = chains(quotes);
        Attribution lastDirect = null;
        int lastDirectParagraph = -1;
        for (List<Integer> chain : chains) {
            if (chain.size() == 1 && isCrossHead(doc, quotes.get(chain.get(0)))) {
                continue;
            }
            Attribution a = fromSentences(doc, quotes, chain, bySentence);
            Quote first = quotes.get(chain.get(0));
            if (a == null) {
                a = fromColon(doc, first, bySentence);
            }
            if (a == null && startsParagraph(doc, first)) {
                a = headed.get(first.paragraph());
            }
            boolean nextParagraph = startsParagraph(doc, first) && lastDirectParagraph == first.paragraph() - 1;
            boolean sameParagraph = startsSentence(doc, first) && lastDirectParagraph == first.paragraph();
            if (a == null && nextParagraph(doc, first)) {
                a = endOfPreviousParagraph(doc, first, bySentence);
            }
            Quote last = quotes.get(chain.get(chain.size() - 1));
            if (a == null && endsSentence(doc, last) && (startsSentence(doc, first) || hasFourWords(doc, first))) {
                a = previousSentenceOfParagraph(doc, first, bySentence);
            }
            if (a == null && startsSentence(doc, first)) {
                a = subjectOfNextSentence(doc, quotes.get(chain.get(chain.size() - 1)), bySentence);
            }
            if (a == null && lastDirect != null && (nextParagraph || sameParagraph)) {
                a = new Attribution(lastDirect.sentence(), lastDirect.entity(), lastDirect.cue(),
                        lastDirect.mentionStart(), "quote-next-paragraph", lastDirect.mention());
            }
            if (a != null) {
                for (int q : chain) {
                    owner.put(q, a);
                }
                lastDirect = a;
                lastDirectParagraph = quotes.get(chain.get(chain.size() - 1)).paragraph();
            }
        }
        return owner;
    }

    private static List<List<Integer>> chains(List<Quote> quotes) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).continued() && !out.isEmpty()) {
                out.get(out.size() - 1).add(i);
            } else {
                List<Integer> chain = new ArrayList<>();
                chain.add(i);
                out.add(chain);
            }
        }
        return out;
    }

    private static Attribution fromSentences(Doc doc, List<Quote> quotes, List<Integer> chain,
                                             List<List<Attribution>> bySentence) {
        for (int qi : chain) {
            Quote q = quotes.get(qi);
            int last = doc.sentenceAt(Math.max(q.open(), q.end() - 1));
            for (int s = Math.max(0, doc.sentenceAt(q.open())); s >= 0 && s <= last; s++) {
                Attribution a = nearest(bySentence.get(s), q);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    private static Attribution nearest(List<Attribution> as, Quote q) {
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Attribution a : as) {
            if (a.cue().start() > q.start() && a.cue().start() < q.end()) {
                continue;
            }
            int d = Math.min(Math.abs(a.cue().start() - q.end()), Math.abs(a.cue().start() - q.open()));
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    private static Attribution fromColon(Doc doc, Quote q, List<List<Attribution>> bySentence) {
        int s = doc.sentenceAt(q.open()) - 1;
        if (s < 0 || doc.sentences().get(s).end() > q.open()) {
            return null;
        }
        List<Attribution> as = bySentence.get(s);
        return doc.sentenceText(s).endsWith(":") && !as.isEmpty() ? as.get(as.size() - 1) : null;
    }

    private static boolean nextParagraph(Doc doc, Quote q) {
        return startsParagraph(doc, q) && q.paragraph() > 1;
    }

    /** The last attribution of the paragraph before, if it sits in that paragraph's last sentence. */
    private static Attribution endOfPreviousParagraph(Doc doc, Quote q, List<List<Attribution>> bySentence) {
        int s = doc.sentenceAt(q.open()) - 1;
        if (s < 0 || doc.sentences().get(s).paragraph() != q.paragraph() - 1 || bySentence.get(s).isEmpty()) {
            return null;
        }
        List<Attribution> as = bySentence.get(s);
        Attribution last = as.get(as.size() - 1);
        return new Attribution(last.sentence(), last.entity(), last.cue(), last.mentionStart(),
                "quote-after-paragraph", last.mention());
    }

    /**
     * The last attribution of the sentence just before, in the quote's own paragraph ("…, Ruiz said. “The
     * talks went well.”"): the quote goes on the speaker's words.
     */
    private static Attribution previousSentenceOfParagraph(Doc doc, Quote q, List<List<Attribution>> bySentence) {
        int s = doc.sentenceAt(q.open()) - 1;
        if (s < 0 || doc.sentences().get(s).paragraph() != q.paragraph() || bySentence.get(s).isEmpty()) {
            return null;
        }
        List<Attribution> as = bySentence.get(s);
        Attribution last = as.get(as.size() - 1);
        return new Attribution(last.sentence(), last.entity(), last.cue(), last.mentionStart(),
                "quote-after-sentence", last.mention());
    }

    /**
     * The speaker who opens the sentence just after a quote that fills its own sentence, in the same
     * paragraph (“Why now?” Minister Ana Ruiz asked the reporters.): the splitter cut after “?” or “!”.
     */
    private static Attribution subjectOfNextSentence(Doc doc, Quote q, List<List<Attribution>> bySentence) {
        int s = doc.sentenceAt(Math.max(q.open(), q.end() - 1)) + 1;
        if (s <= 0 || s >= doc.sentences().size() || doc.sentences().get(s).paragraph() != q.paragraph()) {
            return null;
        }
        Sentence next = doc.sentences().get(s);
        if (doc.text().substring(q.end(), next.start()).strip().length() > 1) {
            return null;
        }
        for (Attribution a : bySentence.get(s)) {
            if (a.mentionStart() == next.start()) {
                return new Attribution(a.sentence(), a.entity(), a.cue(), a.mentionStart(),
                        "quote-before-subject", a.mention());
            }
        }
        return null;
    }

    /** Whether the quote runs to the end of its sentence (nothing such as ", it said" follows it there). */
    private static boolean endsSentence(Doc doc, Quote q) {
        int s = doc.sentenceAt(Math.max(q.open(), q.end() - 1));
        return s >= 0 && doc.sentences().get(s).end() <= q.end() + 2;
    }

    /** A quoted clause, not a scare-quoted term: four words or more ("Biden “kind of misspoke.”"). */
    private static boolean hasFourWords(Doc doc, Quote q) {
        int spaces = 0;
        for (int i = q.start(); i < q.end(); i++) {
            spaces += doc.text().charAt(i) == ' ' ? 1 : 0;
        }
        return spaces >= 3;
    }

    private static boolean startsSentence(Doc doc, Quote q) {
        int s = doc.sentenceAt(q.open());
        return s >= 0 && doc.sentences().get(s).start() == q.open();
    }

    /**
     * "“productive talks”" alone on its line: a short quote that fills its paragraph and ends no sentence is a
     * cross-heading over the next paragraphs, not speech; it gets no owner.
     */
    static boolean isCrossHead(Doc doc, Quote q) {
        if (!q.closed() || !startsParagraph(doc, q) || !onlyClosingMarksAfter(doc, q)) {
            return false;
        }
        String words = doc.text().substring(q.start(), q.end()).strip();
        return !words.isEmpty() && words.split("\\s+").length <= MAX_CROSS_HEAD_WORDS
                && ".!?,".indexOf(words.charAt(words.length() - 1)) < 0;
    }

    /** Whether only spaces and closing quotation marks follow the quote in its paragraph (stops at the first other). */
    private static boolean onlyClosingMarksAfter(Doc doc, Quote q) {
        int end = doc.paragraphs().get(q.paragraph()).end();
        for (int i = q.end(); i < end; i++) {
            char c = doc.text().charAt(i);
            if (!Character.isWhitespace(c) && "”\"’»".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsParagraph(Doc doc, Quote q) {
        return doc.paragraphs().get(q.paragraph()).start() == q.open();
    }
}

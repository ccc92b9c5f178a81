package io.parley.extract;

import io.parley.lexicon.Lexicon;
import io.parley.model.Span;
import io.parley.model.Statement;
import io.parley.model.StatementKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * StatementBuilder turns the attributions and quote owners of each sentence into statements: one per
 * speaker and sentence, or one per quoted stretch when the speaker is quoted directly.
 */
final class StatementBuilder {

    private static final Set<String> TITLE_SMALL_WORDS = Lexicon.exactSet("title-small-words.txt");
    private static final Set<String> HEADLINE_CUES = Lexicon.lowerSet("headline-cues.txt");

    private final TopicTagger topics;

    StatementBuilder(TopicTagger topics) {
        this.topics = topics;
    }

    List<Statement> build(Doc doc, Coreference.Result coref, List<List<Attribution>> bySentence,
                          List<List<Integer>> quotesBySentence, List<Quote> quotes, Map<Integer, Attribution> owners) {
        List<Statement> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Map<Integer, Attribution> speakers = new LinkedHashMap<>();
            for (Attribution a : bySentence.get(s.index())) {
                speakers.putIfAbsent(a.entity(), a);
            }
            for (int q : quotesBySentence.get(s.index())) {
                Attribution a = owners.get(q);
                if (a != null) {
                    speakers.putIfAbsent(a.entity(), a);
                }
            }
            for (Attribution a : speakers.values()) {
                List<int[]> segments = ownedSegments(doc, s, a, quotesBySentence.get(s.index()), quotes, owners);
                if (!doc.isHeadline(s.index()) || !segments.isEmpty() || isHeadlineReport(doc, s, a)) {
                    emit(doc, s, coref.entities().get(a.entity()), a, segments, out);
                }
            }
        }
        return out;
    }

    /**
     * The quoted stretches of a sentence that belong to a speaker: those its owner is the speaker, and, for a member
     * of a group that speaks through one cue ("the two leaders said"), those owned by another member of that cue.
     */
    private static List<int[]> ownedSegments(Doc doc, Sentence s, Attribution speaker, List<Integer> inSentence,
                                            List<Quote> quotes, Map<Integer, Attribution> owners) {
        List<int[]> out = new ArrayList<>();
        for (int qi : inSentence) {
            Attribution a = owners.get(qi);
            if (a != null && (a.entity() == speaker.entity() || a.cue().equals(speaker.cue()))) {
                int[] seg = clip(doc.text(), quotes.get(qi), s);
                if (seg != null && !isTitleLike(doc.text().substring(seg[0], seg[1]))) {
                    out.add(seg);
                }
            }
        }
        return out;
    }

    /**
     * "Minister says talks will resume", "Premier urges calm": a headline whose speaker opens it and whose cue is a
     * plain reporting verb is a statement without a quote; "X refutes ...", "..., says PM" count only with one.
     */
    private static boolean isHeadlineReport(Doc doc, Sentence s, Attribution a) {
        boolean opens = a.mentionStart() >= s.start() && a.mentionStart() < a.cue().start()
                && doc.text().substring(s.start(), a.mentionStart()).chars().noneMatch(c -> c == ',' || c == ';' || c == ':');
        return opens && HEADLINE_CUES.contains(a.cue().text().toLowerCase(Locale.ROOT));
    }

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:!?]+$");

    /** "City of the Future": a short quoted name in title case is a title, not speech. */
    static boolean isTitleLike(String quote) {
        if (quote.indexOf(' ') < 0 || moreWordsThan(quote, 6)) {
            return false;
        }
        String[] words = TRAILING_PUNCTUATION.matcher(quote).replaceAll("").split(" ");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            boolean small = TITLE_SMALL_WORDS.contains(w);
            if (!small && (w.isEmpty() || !Character.isUpperCase(w.charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text} has more than {@code n} words: {@code n} spaces each followed by a letter or digit (which no
     * trimming of end punctuation removes), decided without splitting the text.
     */
    private static boolean moreWordsThan(String text, int n) {
        int starts = 0;
        for (int i = 0; i + 1 < text.length() && starts < n; i++) {
            if (text.charAt(i) == ' ' && Character.isLetterOrDigit(text.charAt(i + 1))) {
                starts++;
            }
        }
        return starts >= n;
    }

    /** The quoted words inside the sentence, without edge marks and without the comma that hands over to the cue. */
    private static int[] clip(String text, Quote q, Sentence s) {
        int a = Math.max(q.start(), s.start());
        int b = Math.min(q.end(), s.end());
        while (a < b && !Character.isLetterOrDigit(text.charAt(a)) && text.charAt(a) != '(') {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || SpeakerSieves.isQuoteMark(
                String.valueOf(text.charAt(b - 1))) || text.charAt(b - 1) == '“')) {
            b--;
        }
        if (b > a && text.charAt(b - 1) == ',') {
            b--;
        }
        return b > a ? new int[] {a, b} : null;
    }

    private void emit(Doc doc, Sentence s, Entity speaker, Attribution a, List<int[]> segments,
                      List<Statement> out) {
        Span evidence = Span.of(doc.text(), s.start(), s.end());
        String cue = a.sentence() == s.index() ? a.cue().text() : null;
        if (segments.isEmpty()) {
            String content = Content.reported(doc.text(), s, a);
            out.add(new Statement(speaker.toActor(), StatementKind.INDIRECT, cue, null, content,
                    topics.tag(evidence.text()), evidence, a.rule()));
            return;
        }
        List<String> tags = topics.tag(evidence.text());
        for (int[] seg : segments) {
            String quote = doc.text().substring(seg[0], seg[1]);
            out.add(new Statement(speaker.toActor(), StatementKind.DIRECT, cue, quote, quote, tags, evidence,
                    a.rule()));
        }
    }
}

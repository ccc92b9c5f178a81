package io.parley.extract;

import io.parley.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CueFinder finds speech cues ("said", "stressed", "according to", and the cues only a body speaks with, such as
 * "reports") outside quotes, longest match first.
 */
final class CueFinder {

    private final Lexicons lex;
    private final PhraseIndex index;
    private final Set<String> callFollowers;
    private final Set<String> groupHeads;
    private final Set<String> documents;

    CueFinder(Lexicons lex) {
        this.lex = lex;
        Set<String> forms = new java.util.HashSet<>(lex.cues().keySet());
        forms.addAll(Lexicon.lowerSet("body-cues.txt"));
        this.index = new PhraseIndex(forms, true);
        this.callFollowers = Lexicon.lowerSet("call-followers.txt");
        this.groupHeads = lex.speech().groupHeads();
        this.documents = lex.speech().documents();
    }

    List<Cue> find(Doc doc, int sentence, List<Quote> quotes) {
        List<Token> toks = doc.tokens(sentence);
        List<Cue> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            boolean properNoun = i > 0 && toks.get(i).isCapitalized() && !doc.isHeadline(sentence)
                    && toks.get(i - 1).isWord();
            int len = isColonBeforeQuote(toks, i) ? (out.isEmpty() ? 1 : 0) : properNoun ? 0 : matchLength(toks, i);
            if (len == 1 && callsSomeone(doc, sentence, toks, i)) {
                len = 0;
            }
            if (len > 0 && (isPassive(toks, i) || insideQuote(toks.get(i), quotes) && !thirdPersonInside(toks, i, quotes)
                    && !opensQuoteAfterSubject(toks, i))) {
                len = 0;
            }
            if (len > 0) {
                out.add(cue(doc.text(), sentence, toks, i, len));
                i += len;
            } else {
                i++;
            }
        }
        return out;
    }

    private static final Set<String> PASSIVE = Lexicon.lowerSet("passive-auxiliaries.txt");

    private static boolean isPassive(List<Token> toks, int i) {
        String w = toks.get(i).lower();
        return i > 0 && PASSIVE.contains(toks.get(i - 1).lower()) && (w.endsWith("ed") || w.equals("written"))
                && !(i + 1 < toks.size() && toks.get(i + 1).is("as"));
    }

    private static final Set<String> GROUP_NUMBERS = Lexicon.lowerSet("group-numbers.txt");

    /** A reported cue inside a quoted readout ("He emphasized that ..." inside a statement's quote). */
    private boolean thirdPersonInside(List<Token> toks, int i, List<Quote> quotes) {
        if (i >= 2 && groupHeads.contains(toks.get(i - 1).lower()) && GROUP_NUMBERS.contains(toks.get(i - 2).lower())) {
            return true; // "‘Both leaders emphasised …’, the statement read"
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Token t = toks.get(k);
            if (t.is("he") || t.is("she") || t.isCapitalized() && t.isWord() && !t.is("i") && !t.is("we")) {
                return insideQuote(t, quotes) && (t.is("he") || t.is("she") || k == i - 1);
            }
        }
        return false;
    }

    /** Rubio “welcomed the agreements ...”: a cue that opens a quote right after its subject's name. */
    static boolean opensQuoteAfterSubject(List<Token> toks, int i) {
        if (i < 2 || !isOpeningMark(toks.get(i - 1).text())) {
            return false;
        }
        Token subject = toks.get(i - 2);
        return subject.isWord() && (subject.isCapitalized() || subject.is("he") || subject.is("she"));
    }

    static boolean isOpeningMark(String t) {
        return t.equals("“") || t.equals("\"") || t.equals("«");
    }

    static boolean insideQuote(Token t, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.covers(t.start())) {
                return true;
            }
        }
        return false;
    }

    private int matchLength(List<Token> toks, int i) {
        if (!toks.get(i).isWord()) {
            return 0;
        }
        int best = index.match(toks, i);
        if (best == 0 && (isGreeting(toks, i) || isDocumentCue(toks, i))) {
            best = 1;
        }
        if (best == 1 && (isSoCalled(toks, i) || isPhoneCall(toks, i) || isAddingTo(toks, i) || isAgreedTo(toks, i)
                || isPluralNoun(toks, i) || isRespondedBy(toks, i))) {
            return 0;
        }
        return best > 0 && (isNegated(toks, i) || isUnsaid(toks, i) || saysNothing(toks, i + best)) ? 0 : best;
    }

    private static final Set<String> DOCUMENT_CUES = Lexicon.lowerSet("document-cues.txt");

    /** "…,’ the statement read": a cue of {@code document-cues.txt} right after a document word. */
    private boolean isDocumentCue(List<Token> toks, int i) {
        return i > 0 && DOCUMENT_CUES.contains(toks.get(i).lower()) && documents.contains(toks.get(i - 1).lower());
    }

    private static final Set<String> GREETING_VERBS = Lexicon.lowerSet("greeting-verbs.txt");
    private static final Set<String> GREETING_OBJECTS = Lexicon.lowerSet("greeting-objects.txt");
    private static final int GREETING_GAP = 3;

    /** "extended cordial Eid greetings", "conveyed warm wishes": a greeting verb whose object is a greeting word. */
    static boolean isGreeting(List<Token> toks, int i) {
        return greetingObject(toks, i) >= 0;
    }

    /** The token index of the greeting word that a greeting verb at {@code i} takes as its object, or -1. */
    static int greetingObject(List<Token> toks, int i) {
        if (!GREETING_VERBS.contains(toks.get(i).lower())) {
            return -1;
        }
        for (int k = i + 1; k < toks.size() && k <= i + 1 + GREETING_GAP && toks.get(k).isWord(); k++) {
            if (GREETING_OBJECTS.contains(toks.get(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> EMPTY_OBJECTS = Lexicon.lowerSet("empty-objects.txt");

    /** "the press service said nothing about it": a cue whose object denies any content reports no speech. */
    private static boolean saysNothing(List<Token> toks, int after) {
        return after < toks.size() && EMPTY_OBJECTS.contains(toks.get(after).lower());
    }

    private static final Set<String> NEGATIONS = Lexicon.lowerSet("cue-negations.txt");
    private static final Set<String> UNSAID = Lexicon.lowerSet("unsaid-markers.txt");

    /** "did not say", "never mentioned", "didn't comment": a denied cue reports no speech. */
    private static boolean isNegated(List<Token> toks, int i) {
        int k = skipAdverbs(toks, i - 1);
        return k >= 0 && (NEGATIONS.contains(toks.get(k).lower()) || toks.get(k).lower().endsWith("n't")
                || toks.get(k).lower().endsWith("n’t"));
    }

    /** "will say", "is expected to announce", "declined to comment": speech still to come or withheld. */
    private static boolean isUnsaid(List<Token> toks, int i) {
        int k = skipAdverbs(toks, i - 1);
        if (k < 0 || !UNSAID.contains(toks.get(k).lower())) {
            return false;
        }
        boolean goesOn = toks.get(k).is("to") && k > 0 && toks.get(k - 1).is("on");
        return !goesOn && !toks.get(i).lower().endsWith("ed");
    }

    private static int skipAdverbs(List<Token> toks, int from) {
        int k = from;
        while (k >= 0 && toks.get(k).lower().endsWith("ly") && toks.get(k).text().length() > 4) {
            k--;
        }
        return k;
    }

    private static final Set<String> NOUN_MARKERS = Lexicon.lowerSet("plural-noun-markers.txt");

    /** "both states have claims", "member states", "his remarks": a cue form in -s after a determiner or a number is a noun. */
    private static boolean isPluralNoun(List<Token> toks, int i) {
        return i > 0 && toks.get(i).lower().endsWith("s") && NOUN_MARKERS.contains(toks.get(i - 1).lower());
    }

    /** "responded by building a force": a response in deeds, not words. */
    private static boolean isRespondedBy(List<Token> toks, int i) {
        return toks.get(i).lower().startsWith("respond") && i + 1 < toks.size() && toks.get(i + 1).is("by");
    }

    /** "agreed to hold talks", "agreed on a plan": an agreement to act is not speech. */
    private static boolean isAgreedTo(List<Token> toks, int i) {
        return toks.get(i).lower().startsWith("agree") && i + 1 < toks.size()
                && (toks.get(i + 1).is("to") || toks.get(i + 1).is("on") || toks.get(i + 1).is("upon"));
    }

    private static final Set<String> CALL_OBJECTS = Lexicon.lowerSet("call-objects.txt");

    /** "Bush: “The mission is ...”": a colon right after a capitalised word and before a quote. */
    private static boolean isColonBeforeQuote(List<Token> toks, int i) {
        if (!toks.get(i).text().equals(":") || i == 0 || i + 1 >= toks.size()) {
            return false;
        }
        String next = toks.get(i + 1).text();
        boolean quote = next.equals("“") || next.equals("\"") || next.equals("'") || next.equals("‘");
        return quote && toks.get(i - 1).isCapitalized();
    }

    /** "adding to a series of problems": "add to" is not speech. */
    private static boolean isAddingTo(List<Token> toks, int i) {
        return toks.get(i).lower().startsWith("add") && i + 1 < toks.size() && toks.get(i + 1).is("to");
    }

    /**
     * "Harper called Prime Minister Rudd late Wednesday", "has called the leaders of France": "call" with a person or
     * a group of leaders as its object and no naming complement after it is a telephone call, not speech.
     */
    private boolean callsSomeone(Doc doc, int sentence, List<Token> toks, int i) {
        if (!toks.get(i).lower().startsWith("call") || i + 1 >= toks.size()) {
            return false;
        }
        int k = i + 1;
        boolean determiner = toks.get(k).is("the") || toks.get(k).is("his") || toks.get(k).is("her");
        k += determiner ? 1 : 0;
        if (determiner && k < toks.size() && groupHeads.contains(toks.get(k).lower())) {
            return true;
        }
        for (Mention m : doc.mentions(sentence)) {
            if (m.first() == k && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.TITLE)) {
                return m.last() >= toks.size() || callFollowers.contains(toks.get(m.last()).lower());
            }
        }
        return false;
    }

    private static boolean isPhoneCall(List<Token> toks, int i) {
        return toks.get(i).lower().startsWith("call") && i + 1 < toks.size()
                && CALL_OBJECTS.contains(toks.get(i + 1).lower());
    }

    private static boolean isSoCalled(List<Token> toks, int i) {
        return i >= 2 && toks.get(i - 1).text().equals("-") && toks.get(i - 2).is("so");
    }

    private Cue cue(String text, int sentence, List<Token> toks, int i, int len) {
        int start = toks.get(i).start();
        int end = toks.get(i + len - 1).end();
        String phrase = text.substring(start, end);
        boolean after = "after".equals(lex.cues().get(phrase.toLowerCase(Locale.ROOT)));
        return new Cue(sentence, i, i + len, start, end, phrase, after);
    }
}

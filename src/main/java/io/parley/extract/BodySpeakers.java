package io.parley.extract;

import io.parley.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * BodySpeakers names the speakers that are not people: a body referred to in lower case ("the ministry said",
 * "her ministry said", "Kibaki's office said"), a document and the body that issued it ("the statement said",
 * "a release from the Chilean Embassy says", "according to the readout"), an unnamed spokesperson of a body
 * ("a ministry spokesman said"), and "it" standing for the body that spoke last ("It added"). Each rule
 * leaves alone what it cannot decide.
 */
final class BodySpeakers {

    private static final Set<String> DETERMINERS = Lexicon.lowerSet("document-determiners.txt");
    private static final Set<String> OWNER_LINKS = Lexicon.lowerSet("document-owner-links.txt");
    private static final Set<String> BOUNDARIES = Lexicon.lowerSet("subject-boundaries.txt");
    private static final Map<String, String> PLURAL_BODIES = Lexicon.pairs("plural-bodies.txt");
    private static final int WINDOW = 12;
    private static final int IT_DISTANCE = 3;

    private final Lexicons lex;
    private final Set<String> documents;
    private final Set<String> spokespeople;

    BodySpeakers(Lexicons lex) {
        this.lex = lex;
        this.documents = lex.speech().documents();
        this.spokespeople = lex.speech().spokespeople();
    }

    /** The body that speaks in the subject before the cue, or null. */
    Attribution before(Doc doc, Coreference.Result coref, Cue cue, int last, SpeakerSieves.Recent recent) {
        List<Token> toks = doc.tokens(cue.sentence());
        if (last >= 0 && toks.get(last).is("it") && (last == 0 || BOUNDARIES.contains(toks.get(last - 1).lower()))) {
            return recent.lastBody(cue.sentence(), IT_DISTANCE) < 0 ? null : new Attribution(cue.sentence(),
                    recent.lastBody(cue.sentence(), IT_DISTANCE), cue, toks.get(last).start(), "it-last-body", null);
        }
        if (last < 0 || !toks.get(last).isWord() || BOUNDARIES.contains(toks.get(last).lower())) {
            return null; // "... but said": the subject is the clause's, not a body inside what it reported
        }
        int from = last;
        while (from > 0 && last - from < WINDOW && !BOUNDARIES.contains(toks.get(from - 1).lower())) {
            from--;
        }
        return headed(doc, coref, cue, from, last + 1, recent);
    }

    /** The body that speaks right after an inverted cue ("said the statement", "according to the release"). */
    Attribution after(Doc doc, Coreference.Result coref, Cue cue, SpeakerSieves.Recent recent) {
        int to = Math.min(doc.tokens(cue.sentence()).size(), cue.last() + WINDOW);
        return headed(doc, coref, cue, cue.last(), to, recent);
    }

    /**
     * "In a statement from Kibaki's office, the president said", "In a Kremlin statement, ...": the body that issued
     * the document a framing cue names (rule {@code document-frame}); null when the frame names no issuer.
     */
    Attribution frame(Doc doc, Coreference.Result coref, Cue cue, SpeakerSieves.Recent recent) {
        List<Token> toks = doc.tokens(cue.sentence());
        int head = cue.last() - 1;
        if (!documents.contains(toks.get(head).lower())) {
            return null;
        }
        int to = Math.min(toks.size(), cue.last() + WINDOW);
        return of(cue, head, owner(doc, coref, cue.sentence(), head, to, recent, false), "document-frame", toks);
    }

    /**
     * "according to identical statements issued by Pashinyan and Aliyev's offices": documents of several bodies
     * named in the plural give one body per owner ("Pashinyan's office", "Aliyev's office"; rule
     * {@code offices-of-owners}); empty when the cue is not followed by a document whose owners are so named.
     */
    List<Attribution> pluralOwners(Doc doc, Coreference.Result coref, Cue cue, SpeakerSieves.Recent recent) {
        List<Token> toks = doc.tokens(cue.sentence());
        int to = Math.min(toks.size(), cue.last() + WINDOW);
        for (int k = cue.last(); k + 1 < to; k++) {
            if (documents.contains(toks.get(k).lower()) && OWNER_LINKS.contains(toks.get(k + 1).lower())) {
                return owners(doc, coref, cue, k + 1, to, recent);
            }
        }
        return List.of();
    }

    /** The names coordinated between the owner link and a plural body word, each with its own body. */
    private List<Attribution> owners(Doc doc, Coreference.Result coref, Cue cue, int link, int to,
                                     SpeakerSieves.Recent recent) {
        List<Token> toks = doc.tokens(cue.sentence());
        int head = link + 1;
        while (head < to && !PLURAL_BODIES.containsKey(toks.get(head).lower())) {
            head++;
        }
        List<Attribution> out = new ArrayList<>();
        if (head == to) {
            return out;
        }
        String singular = PLURAL_BODIES.get(toks.get(head).lower());
        for (Mention m : doc.mentions(cue.sentence())) {
            Entity e = m.first() > link && m.last() <= head ? coref.of(m) : null;
            if (e != null && e.isPerson()) {
                int body = recent.speakers().body(e.name() + "’s " + singular, e.country());
                out.add(new Attribution(cue.sentence(), body, cue, m.start(), "offices-of-owners", null));
            }
        }
        return out.size() < 2 ? List.of() : out;
    }

    /**
     * Reads "[determiners] [modifiers] HEAD [from OWNER]" at the start of tokens [from, to); the phrase opens
     * with a determiner or a capitalised word ("the ministry", "Kibaki's office"), never with a verb ("took office").
     */
    private Attribution headed(Doc doc, Coreference.Result coref, Cue cue, int from, int to,
                               SpeakerSieves.Recent recent) {
        List<Token> toks = doc.tokens(cue.sentence());
        int k = from;
        while (k < to && DETERMINERS.contains(toks.get(k).lower())) {
            k++;
        }
        for (int head = k; head < Math.min(to, k + 5); head++) {
            Token t = toks.get(head);
            if (!t.isWord() && !NamePhrase.isPossessive(t)) {
                return null;
            }
            String w = t.lower();
            if (documents.contains(w) || spokespeople.contains(w)) {
                return of(cue, from, owner(doc, coref, cue.sentence(), head, to, recent, documents.contains(w)),
                        documents.contains(w) ? "document-of-body" : "spokesperson-of-body", toks);
            }
            if (lex.institutionWords().contains(w) && !t.isCapitalized() && !continues(toks, head, to)) {
                return of(cue, from, reference(doc, coref, cue.sentence(), from, head, recent), "body-reference", toks);
            }
        }
        return null;
    }

    /** "the ministry spokesman": a body word followed by another noun heads nothing by itself. */
    private boolean continues(List<Token> toks, int head, int to) {
        if (head + 1 >= to) {
            return false;
        }
        String next = toks.get(head + 1).lower();
        return documents.contains(next) || spokespeople.contains(next) || lex.institutionWords().contains(next);
    }

    private static Attribution of(Cue cue, int from, int entity, String rule, List<Token> toks) {
        return entity < 0 ? null : new Attribution(cue.sentence(), entity, cue, toks.get(from).start(), rule, null);
    }

    /** Whose document or spokesperson: "from X" after it, "X's" or a body name before it, else the last body. */
    private int owner(Doc doc, Coreference.Result coref, int sentence, int head, int to, SpeakerSieves.Recent recent,
                      boolean document) {
        List<Token> toks = doc.tokens(sentence);
        if (head + 1 < to && OWNER_LINKS.contains(toks.get(head + 1).lower())) {
            int start = head + 2 < to && toks.get(head + 2).is("by") ? head + 3 : head + 2;
            int owner = phraseOwner(doc, coref, sentence, start, to, recent);
            if (owner >= 0) {
                return owner;
            }
        }
        int before = bodyBefore(doc, coref, sentence, head);
        if (before >= 0) {
            return before;
        }
        if (head > 0 && lex.institutionWords().contains(toks.get(head - 1).text())) {
            return reference(doc, coref, sentence, head - 1, head - 1, recent);
        }
        int named = namedModifier(doc, toks, head, recent);
        if (named >= 0) {
            return named;
        }
        return document ? recent.lastBody(sentence, Integer.MAX_VALUE) : -1;
    }

    /** "a Kremlin spokesman", "the Foreign Ministry statement": capitalised words ending in a body word. */
    private int namedModifier(Doc doc, List<Token> toks, int head, SpeakerSieves.Recent recent) {
        int k = head - 1;
        while (k >= 0 && toks.get(k).isCapitalized() && toks.get(k).isWord()) {
            k--;
        }
        if (k == head - 1 || !lex.institutionWords().contains(toks.get(head - 1).lower())) {
            return -1;
        }
        return recent.speakers().body(words(doc.text(), toks, k + 1, head), null);
    }

    /** "the Kremlin statement", "a Foreign Ministry spokesman", "Iran's statement": a named body just before. */
    private static int bodyBefore(Doc doc, Coreference.Result coref, int sentence, int head) {
        List<Token> toks = doc.tokens(sentence);
        int end = head > 0 && NamePhrase.isPossessive(toks.get(head - 1)) ? head - 1 : head;
        Mention m = SpeakerSieves.mentionEndingAt(doc.mentions(sentence), end - 1);
        Entity e = m == null ? null : coref.of(m);
        return e == null || e.isPerson() && end == head ? -1 : e.id();
    }

    /** The owner named by a phrase: a known actor, else a lower-case body ("the president's office"). */
    private int phraseOwner(Doc doc, Coreference.Result coref, int sentence, int start, int to,
                            SpeakerSieves.Recent recent) {
        List<Token> toks = doc.tokens(sentence);
        for (int j = start; j < Math.min(to, start + 6); j++) {
            if (lex.institutionWords().contains(toks.get(j).lower()) && !toks.get(j).isCapitalized()) {
                return reference(doc, coref, sentence, start, j, recent);
            }
        }
        for (Mention m : doc.mentions(sentence)) {
            if (m.first() >= start && m.first() <= start + 1 && coref.of(m) != null) {
                return coref.of(m).id();
            }
        }
        return -1;
    }

    /**
     * A body named by a lower-case head word: the person's or country's body before a possessive
     * ("her ministry", "Kibaki's office"), else the last body of that head word, else a new body so named.
     */
    private int reference(Doc doc, Coreference.Result coref, int sentence, int from, int head,
                          SpeakerSieves.Recent recent) {
        List<Token> toks = doc.tokens(sentence);
        String phrase = words(doc.text(), toks, ownerEnd(toks, from, head), head + 1);
        Entity owner = possessor(doc, coref, sentence, from, head);
        if (owner != null) {
            return recent.speakers().body(owner.name() + "'s " + phrase, owner.country());
        }
        int known = recent.lastBodyWith(doc, coref, sentence, toks.get(head).lower());
        return known >= 0 ? known : recent.speakers().body(titleCase(phrase), null);
    }

    /** The first token after the owner and its possessive, or after the determiners. */
    private static int ownerEnd(List<Token> toks, int from, int head) {
        for (int j = head - 1; j >= from; j--) {
            if (NamePhrase.isPossessive(toks.get(j)) || toks.get(j).is("his") || toks.get(j).is("her")) {
                return j + 1;
            }
        }
        int k = from;
        while (k < head && DETERMINERS.contains(toks.get(k).lower())) {
            k++;
        }
        return k;
    }

    /** "her ministry" (the pronoun's person), "Kibaki's office" (the name before the possessive). */
    private static Entity possessor(Doc doc, Coreference.Result coref, int sentence, int from, int head) {
        List<Token> toks = doc.tokens(sentence);
        for (int j = head - 1; j >= from; j--) {
            Token t = toks.get(j);
            if (t.is("his") || t.is("her")) {
                return coref.of(SpeakerSieves.mentionEndingAt(doc.mentions(sentence), j));
            }
            if (NamePhrase.isPossessive(t)) {
                Mention m = SpeakerSieves.mentionEndingAt(doc.mentions(sentence), j - 1);
                return m == null ? null : coref.of(m);
            }
        }
        return null;
    }

    private static String words(String text, List<Token> toks, int from, int to) {
        return text.substring(toks.get(from).start(), toks.get(to - 1).end());
    }

    private static String titleCase(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(w.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(w.substring(1));
            }
        }
        return sb.toString();
    }
}

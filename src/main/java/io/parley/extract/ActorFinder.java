package io.parley.extract;

import io.parley.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ActorFinder finds the actors mentioned in a sentence: people from their titles and the shape of their
 * names ("Russian Prime Minister Mikhail Mishustin", "Iran's First Vice-President, Mohammad-Reza Aref"),
 * title-only mentions ("the Vice-President"), pronouns, institutions ("the Russian Foreign Ministry"),
 * organizations and countries.
 */
final class ActorFinder {

    private final Lexicons lex;
    private final NamePhrase phrases;
    private final ThingNames things;

    ActorFinder(Lexicons lex) {
        this.lex = lex;
        this.phrases = new NamePhrase(lex);
        this.things = new ThingNames(lex.thingHeads());
    }

    List<Mention> find(String text, Sentence sentence, List<Token> toks) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            if (t.is("he") || t.is("she") || t.is("his") || t.is("her") && isPossessivePronoun(toks, i)) {
                out.add(new Mention(sentence.index(), i, i + 1, t.start(), t.end(), Mention.Kind.PRONOUN,
                        t.lower(), null, null));
                i++;
            } else if (startsPhrase(toks, i)) {
                i = phrase(text, sentence, toks, i, out);
            } else {
                i++;
            }
        }
        out.removeIf(m -> things.isThing(sentence, toks, m));
        return out;
    }

    private boolean startsPhrase(List<Token> toks, int i) {
        Token t = toks.get(i);
        return t.isWord() && (t.isCapitalized() || lex.isTitle(t)
                || i > 0 && toks.get(i - 1).is("the") && lex.institutionWords().contains(t.text()));
    }

    private int phrase(String text, Sentence sentence, List<Token> toks, int i, List<Mention> out) {
        NamePhrase.Parse p = phrases.parse(text, toks, i, i == 0 || !toks.get(i - 1).isWord());
        if (p == null) {
            return i + 1;
        }
        Mention m = p.toMention(sentence.index(), toks);
        if (m != null && m.kind() == Mention.Kind.TITLE) {
            Mention appositive = appositive(text, sentence, toks, p.end(), m);
            if (appositive != null) {
                out.add(appositive);
                return appositive.last();
            }
        }
        if (m != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.COUNTRY)) {
            Mention body = namedBody(text, sentence, toks, m);
            if (body != null) {
                out.add(body);
                return body.last();
            }
        }
        if (m != null && m.kind() == Mention.Kind.PERSON && m.country() == null) {
            m = withCountryAfter(text, sentence, toks, m);
        }
        if (m != null) {
            out.add(m);
        }
        return Math.max(p.end(), i + 1);
    }

    /**
     * "President Sadyr Japarov of Kyrgyzstan", "Prime Minister Abdulla Aripov of the Republic of Uzbekistan":
     * a country named by "of" right after a person's name is that person's country. The country stays a mention
     * of its own.
     */
    private Mention withCountryAfter(String text, Sentence sentence, List<Token> toks, Mention m) {
        int k = m.last();
        if (k + 1 >= toks.size() || !toks.get(k).is("of")) {
            return m;
        }
        NamePhrase.Parse p = phrases.parse(text, toks, k + 1, false);
        Mention country = p == null ? null : p.toMention(sentence.index(), toks);
        if (country == null || country.kind() != Mention.Kind.COUNTRY || country.country() == null) {
            return m;
        }
        return new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.kind(), m.name(), m.title(),
                country.country());
    }

    private static final java.util.Set<String> BODIES = Lexicon.exactSet("named-bodies.txt");

    /** "the Obama administration", "Clinton's campaign": a body named after a person or a country. */
    private static Mention namedBody(String text, Sentence sentence, List<Token> toks, Mention m) {
        int k = m.last();
        if (k < toks.size() && NamePhrase.isPossessive(toks.get(k))) {
            k++;
        }
        if (k >= toks.size() || !BODIES.contains(toks.get(k).text())) {
            return null;
        }
        int start = toks.get(m.first()).start();
        int end = toks.get(k).end();
        return new Mention(sentence.index(), m.first(), k + 1, start, end, Mention.Kind.INSTITUTION,
                text.substring(m.start() < start ? start : m.start(), end), null, m.country());
    }

    /** "Iran's First Vice-President, Mohammad-Reza Aref," : a title, a comma, then a bare name. */
    private Mention appositive(String text, Sentence sentence, List<Token> toks, int end, Mention title) {
        if (end + 1 >= toks.size() || !toks.get(end).text().equals(",")) {
            return null;
        }
        NamePhrase.Parse p = phrases.parse(text, toks, end + 1, false);
        if (p == null || p.prefixEnd() != p.start() || p.nameEnd() <= p.prefixEnd()) {
            return null;
        }
        Mention name = p.toMention(sentence.index(), toks);
        if (name == null || name.kind() != Mention.Kind.PERSON) {
            return null;
        }
        return new Mention(sentence.index(), title.first(), name.last(), title.start(), name.end(),
                Mention.Kind.PERSON, name.name(), title.title(), title.country());
    }

    private static boolean isPossessivePronoun(List<Token> toks, int i) {
        return i + 1 < toks.size() && toks.get(i + 1).isWord() && !toks.get(i + 1).isCapitalized();
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

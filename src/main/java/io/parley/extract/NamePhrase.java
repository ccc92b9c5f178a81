package io.parley.extract;

import io.parley.lexicon.Lexicon;
import java.util.List;
import java.util.Set;

/**
 * NamePhrase reads one noun phrase of capitalised words and title words: a prefix of titles, demonyms,
 * countries, organizations and institution words, then a person's name, if any.
 */
final class NamePhrase {

    private static final Set<String> SUFFIXES = Lexicon.exactSet("name-suffixes.txt");
    private static final java.util.regex.Pattern PARTICLE_JOINED = java.util.regex.Pattern.compile(
            "(?:" + String.join("|", Lexicon.lines("joined-particles.txt")) + ")[-‘’'][\\p{Lu}].*");
    private static final Set<String> LINKS = Lexicon.exactSet("name-links.txt");

    private final Lexicons lex;
    private final PhraseIndex countries;
    private final PhraseIndex organizations;
    private final Set<String> inNameTitles = Lexicon.lowerSet("in-name-titles.txt");

    NamePhrase(Lexicons lex) {
        this.lex = lex;
        this.countries = new PhraseIndex(lex.countryOf().keySet(), false);
        this.organizations = new PhraseIndex(lex.organizations(), false);
    }

    /** The parse of a phrase: tokens [start, prefixEnd) are the prefix, [prefixEnd, nameEnd) the name. */
    record Parse(int start, int prefixEnd, int nameEnd, int end, String country, int titleFirst, int titleLast,
                 boolean institution, boolean organization, boolean personHead, String text) {

        Mention toMention(int sentence, List<Token> toks) {
            if (nameEnd > prefixEnd) {
                return mention(sentence, toks, prefixEnd, nameEnd, Mention.Kind.PERSON);
            }
            if (personHead) {
                return mention(sentence, toks, start, titleLast + 1, Mention.Kind.TITLE);
            }
            if (institution || organization) {
                Mention.Kind kind = institution ? Mention.Kind.INSTITUTION : Mention.Kind.ORGANIZATION;
                return mention(sentence, toks, start, trimLinks(toks, start, prefixEnd), kind);
            }
            return country != null ? mention(sentence, toks, start, prefixEnd, Mention.Kind.COUNTRY) : null;
        }

        private Mention mention(int sentence, List<Token> toks, int from, int to, Mention.Kind kind) {
            if (to <= from) {
                return null;
            }
            int s = toks.get(from).start();
            int e = toks.get(to - 1).end();
            String title = titleFirst >= 0 && (kind == Mention.Kind.PERSON || kind == Mention.Kind.TITLE)
                    ? span(toks, titleFirst, titleLast + 1) : null;
            String name = text.substring(s, e);
            int first = kind == Mention.Kind.PERSON ? start : from;
            int begin = toks.get(first).start();
            return new Mention(sentence, first, to, begin, e, kind, name, title, country);
        }

        private String span(List<Token> toks, int from, int to) {
            return text.substring(toks.get(from).start(), toks.get(to - 1).end());
        }

        private static int trimLinks(List<Token> toks, int from, int to) {
            int e = to;
            while (e > from && (LINKS.contains(toks.get(e - 1).text()) || isPossessive(toks.get(e - 1))
                    || toks.get(e - 1).text().equals(")") || toks.get(e - 1).text().equals("("))) {
                e--;
            }
            return e;
        }
    }

    Parse parse(String text, List<Token> toks, int i, boolean clauseStart) {
        int k = skipNoise(toks, i, clauseStart);
        if (k >= toks.size()) {
            return null;
        }
        Builder b = new Builder(k);
        k = prefix(toks, k, b);
        int prefixEnd = k;
        k = name(toks, k);
        if (k > prefixEnd && followedByCapital(toks, k)) {
            return null;
        }
        if (k - prefixEnd > 1 && lex.cities().contains(text.substring(toks.get(prefixEnd).start(),
                toks.get(k - 1).end())) || prefixEnd == b.start && gazetteerPlace(text, toks, prefixEnd, k)) {
            return new Parse(b.start, k, k, k, null, -1, -1, false, false, false, text);
        }
        if (k == prefixEnd && prefixEnd == b.start) {
            return null;
        }
        boolean complement = b.linkedThe && k - prefixEnd == 1 || prefixEnd > b.start && LINKS.contains(toks.get(prefixEnd - 1).text());
        if (k > prefixEnd && complement) {
            int last = b.titleAtLink >= 0 ? b.titleAtLink : b.titleLast;
            return new Parse(b.start, k, k, k, b.country, b.titleFirst, last, b.institution,
                    b.organization, b.titleAtLink >= 0 ? b.headAtLink : b.personHead, text);
        }
        return new Parse(b.start, prefixEnd, k, k, b.country, b.titleFirst, b.titleLast, b.institution,
                b.organization, b.personHead, text);
    }

    private static final class Builder {
        final int start;
        String country;
        int titleFirst = -1;
        int titleLast = -1;
        boolean institution;
        boolean organization;
        boolean personHead;
        boolean linkedThe;
        int titleAtLink = -1;
        boolean headAtLink;

        Builder(int start) {
            this.start = start;
        }
    }

    private int skipNoise(List<Token> toks, int i, boolean clauseStart) {
        int k = i;
        while (k < toks.size() && isNoise(toks.get(k), clauseStart && k == i) && match(toks, k, true) == 0
                && match(toks, k, false) == 0) {
            k++;
        }
        return k;
    }

    private boolean isNoise(Token t, boolean clauseStart) {
        if (lex.stopwords().contains(t.text()) && !lex.isTitle(t) && lex.country(t.text()) == null
                && !lex.institutions().contains(t.text())) {
            return true;
        }
        String w = t.lower();
        return clauseStart && t.isCapitalized() && !lex.isTitle(t)
                && (w.endsWith("ing") || w.endsWith("ly") || w.endsWith("ed"));
    }

    private int prefix(List<Token> toks, int from, Builder b) {
        int k = from;
        while (k < toks.size()) {
            int next = prefixStep(toks, k, b);
            if (next == k) {
                break;
            }
            k = next;
        }
        return k;
    }

    private int prefixStep(List<Token> toks, int k, Builder b) {
        int len = match(toks, k, true);
        if (len > 0) {
            b.country = b.country == null || b.titleFirst < 0 ? lex.country(join(toks, k, len)) : b.country;
            b.personHead &= b.titleFirst >= 0;
            return k + len;
        }
        len = match(toks, k, false);
        if (len > 0) {
            String org = join(toks, k, len);
            b.organization = true;
            b.institution |= lex.institutions().contains(org) || org.contains(" ")
                    && lex.institutionWords().contains(toks.get(k + len - 1).lower());
            b.personHead &= b.titleFirst >= 0;
            return k + len;
        }
        Token t = toks.get(k);
        if (k == b.start && isUnknownAcronym(t) && !capsNeighbour(toks, k)) {
            b.organization = true;
            return k + 1;
        }
        if (lex.institutions().contains(t.text()) || lex.institutionWords().contains(t.text())
                && k > 0 && b.start == k) {
            b.institution = true;
            b.personHead = false;
            return k + 1;
        }
        if (lex.isTitle(t)) {
            b.titleFirst = b.titleFirst < 0 ? k : b.titleFirst;
            b.titleLast = k;
            b.personHead = lex.personHeads().contains(t.lower());
            return k + 1;
        }
        return linkStep(toks, k, b);
    }

    private int linkStep(List<Token> toks, int k, Builder b) {
        Token t = toks.get(k);
        boolean hasNext = k + 1 < toks.size();
        if (k > b.start && isPossessive(t) && b.country != null && b.titleFirst < 0) {
            return k + 1;
        }
        if (k > b.start && hasNext && LINKS.contains(t.text()) && !t.text().equals("and")) {
            int n = toks.get(k + 1).is("the") && k + 2 < toks.size() ? k + 2 : k + 1;
            if (toks.get(n).isCapitalized() || lex.isTitle(toks.get(n))) {
                b.linkedThe |= n == k + 2;
                if (b.titleAtLink < 0 && b.titleLast >= 0) {
                    b.titleAtLink = b.titleLast;
                    b.headAtLink = b.personHead;
                }
                return n;
            }
        }
        if (t.text().equals("(") && k + 2 < toks.size() && toks.get(k + 2).text().equals(")")
                && isAcronym(toks.get(k + 1))) {
            return k + 3;
        }
        return k;
    }

    /** Length of the longest country (or organization) name starting at k, up to three tokens; 0 if none. */
    private int match(List<Token> toks, int k, boolean country) {
        return (country ? countries : organizations).match(toks, k);
    }

    private static String join(List<Token> toks, int k, int len) {
        StringBuilder sb = new StringBuilder(toks.get(k).text());
        for (int j = k + 1; j < k + len; j++) {
            sb.append(' ').append(toks.get(j).text());
        }
        return sb.toString();
    }

    private int name(List<Token> toks, int from) {
        int k = from;
        while (k < toks.size() && isNameToken(toks, k, k > from)) {
            k++;
        }
        return k;
    }

    private boolean isNameToken(List<Token> toks, int k, boolean inside) {
        Token t = toks.get(k);
        if (inside && SUFFIXES.contains(t.text())) {
            return true;
        }
        if (!t.isWord() || !Character.isLetter(t.text().charAt(0))) {
            return false;
        }
        if (inside && hasJoiner(t.text()) && PARTICLE_JOINED.matcher(t.text()).matches()) {
            return true;
        }
        if (lex.particles().contains(t.text()) && k + 1 < toks.size() && toks.get(k + 1).isCapitalized()) {
            return inside || t.isCapitalized();
        }
        if (inside && inNameTitles.contains(t.lower()) && k + 1 < toks.size() && isNameToken(toks, k + 1, true)) {
            return true;
        }
        boolean cityInName = inside && lex.cities().contains(t.text()) && lex.country(t.text()) == null;
        boolean afterInitial = inside && isInitial(toks.get(k - 1));
        return t.isCapitalized() && !isAcronym(t) && (cityInName || afterInitial || !isPlace(t)) && !lex.stopwords().contains(t.text())
                && !lex.isTitle(t) && !lex.institutions().contains(t.text());
    }

    /** Whether a word holds a hyphen or an apostrophe, without which {@link #PARTICLE_JOINED} cannot match. */
    private static boolean hasJoiner(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '‘' || c == '’' || c == '\'') {
                return true;
            }
        }
        return false;
    }

    /** "O." in "Lisa O. Monaco": after a middle initial comes a surname, even one that names a place. */
    private static boolean isInitial(Token t) {
        String s = t.text();
        return s.length() == 2 && s.charAt(1) == '.' && Character.isUpperCase(s.charAt(0));
    }

    private boolean isPlace(Token t) {
        String s = t.text();
        boolean plural = s.endsWith("s") && lex.country(s.substring(0, s.length() - 1)) != null;
        return plural || lex.cues().containsKey(t.lower()) || lex.country(s) != null || lex.organizations().contains(t.text())
                || lex.cities().contains(t.text());
    }

    /**
     * A bare name (no title before it) that the gazetteer knows as a place: several words ("Addis Ababa"), or one
     * word right after "in", "near" or a visit verb ("in Valletta", "will visit Lima"). A bare surname elsewhere ("Obama said") stays a name, since
     * many surnames are also towns somewhere.
     */
    private boolean gazetteerPlace(String text, List<Token> toks, int from, int to) {
        if (to <= from || !lex.gazetteer().contains(text.substring(toks.get(from).start(), toks.get(to - 1).end()))) {
            return false;
        }
        return to - from > 1 || from > 0 && PLACE_BEFORE.contains(toks.get(from - 1).lower());
    }

    private static final Set<String> PLACE_BEFORE = Lexicon.lowerSet("place-before.txt");

    private boolean followedByCapital(List<Token> toks, int k) {
        if (k >= toks.size()) {
            return false;
        }
        Token t = toks.get(k);
        return t.isWord() && t.isCapitalized() && !isAcronym(t) && lex.stopwords().contains(t.text())
                && !DAYS.contains(t.text());
    }

    private static final Set<String> DAYS = Lexicon.exactSet("name-followers.txt");

    /** "NUSA DUA", "UKRAINE AND RUSSIA": a run of capitals is a dateline or a heading, not an acronym. */
    private static boolean capsNeighbour(List<Token> toks, int k) {
        return k > 0 && isAcronym(toks.get(k - 1)) || k + 1 < toks.size() && isAcronym(toks.get(k + 1));
    }

    private boolean isUnknownAcronym(Token t) {
        String s = t.text();
        return s.length() >= 2 && s.length() <= 5 && allUpperCase(s)
                && !lex.cities().contains(Dateline.titleCase(s)) && lex.country(s) == null;
    }

    private static boolean allUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAcronym(Token t) {
        String s = t.text();
        if (s.length() < 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return s.length() > 2 || s.charAt(1) != '.';
    }

    static boolean isPossessive(Token t) {
        return t.text().equals("'s") || t.text().equals("’s") || t.text().equals("’S") || t.text().equals("'S");
    }
}

package io.parley.extract;

import java.util.List;
import java.util.Locale;

/**
 * NonParticipants tells the names near a meeting trigger that are not its parties: the person reporting it
 * ("…, ministry spokesperson Maria Lenz said"), a spokesperson of either side, and an alias of a party
 * ("a.k.a. Abu Hamza", "also known as").
 */
final class NonParticipants {

    private NonParticipants() {
    }

    /**
     * Whether mention {@code m} names someone who only reports, or another name of a party. After a fronted trigger
     * ("In a phone call with X, Petrov said ..."), the name before the cue is the other party, not a reporter.
     */
    static boolean excluded(MeetingWords words, List<Token> toks, Mention m, boolean frontedTrigger) {
        return !frontedTrigger && reporter(words, toks, m) || spokesperson(words, m) || alias(words, toks, m)
                || inApposition(words.grammar(), toks, m);
    }

    /** How many common nouns an apposition's head may have ("a senior foreign policy adviser to"). */
    private static final int APPOSITION_WORDS = 4;

    /**
     * "Jared Kushner, an adviser to U.S. President Donald Trump, and ...": a name after ", a/an/the &lt;common
     * nouns&gt; to/of/for" only describes the party before the comma.
     */
    private static boolean inApposition(MeetingWords.Grammar g, List<Token> toks, Mention m) {
        if (possessiveApposition(toks, m)) {
            return true;
        }
        int k = m.first() - 1;
        if (k < 2 || !g.appositionPrepositions().contains(toks.get(k).lower())) {
            return false;
        }
        int nouns = 0;
        for (k--; k > 0 && nouns < APPOSITION_WORDS && isCommonNoun(toks.get(k)) && !g.determiners().contains(
                toks.get(k).lower()); k--) {
            nouns++;
        }
        return nouns > 0 && k > 0 && g.determiners().contains(toks.get(k).lower())
                && toks.get(k - 1).text().equals(",");
    }

    /** "Jason Greenblatt, Trump's adviser on Israel": a possessive name after a comma, before a common noun. */
    private static boolean possessiveApposition(List<Token> toks, Mention m) {
        boolean afterComma = m.first() > 0 && toks.get(m.first() - 1).text().equals(",");
        boolean possessive = m.kind() != Mention.Kind.PRONOUN && m.last() < toks.size()
                && NamePhrase.isPossessive(toks.get(m.last()));
        return afterComma && possessive && m.last() + 1 < toks.size() && isCommonNoun(toks.get(m.last() + 1));
    }

    private static boolean isCommonNoun(Token t) {
        return t.isWord() && !t.isCapitalized();
    }

    /** "…, Foreign Ministry spokesperson Maria Lenz said": a name after a comma and right before a cue. */
    private static boolean reporter(MeetingWords words, List<Token> toks, Mention m) {
        boolean cueAfter = m.last() < toks.size() && words.reportingVerbs().contains(toks.get(m.last()).lower());
        boolean commaBefore = m.first() > 0 && toks.get(m.first() - 1).text().equals(",");
        return cueAfter && commaBefore;
    }

    private static boolean spokesperson(MeetingWords words, Mention m) {
        if (m.title() == null) {
            return false;
        }
        String t = m.title().toLowerCase(Locale.ROOT);
        return words.reporterTitles().stream().anyMatch(t::contains);
    }

    /** "Abu Bakar Hassan, a.k.a. Abu Hamza": the name after an alias marker. */
    private static boolean alias(MeetingWords words, List<Token> toks, Mention m) {
        int k = m.first() - 1;
        if (k >= 0 && words.aliasMarkers().contains(toks.get(k).lower())) {
            return true;
        }
        boolean knownAs = k >= 2 && toks.get(k).is("as") && toks.get(k - 1).is("known");
        return knownAs || k >= 0 && toks.get(k).text().equals(".") && k >= 1 && toks.get(k - 1).lower().startsWith("a.k");
    }
}

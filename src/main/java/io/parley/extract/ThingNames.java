package io.parley.extract;

import java.util.List;
import java.util.Set;

/**
 * ThingNames tells a capitalised name that is a thing from one that is a person: a name whose words run on
 * to a head noun such as "Corridor", "Treaty" or "Wire" ("the International North-South Transport Corridor"),
 * a bare one-word name followed by such a noun ("the Rasht-Astara railway", "Tasnim news agency"), or the outlet the
 * dateline puts in brackets or slashes ("MOSCOW, November 17. /Eurasia Newsline/.").
 */
final class ThingNames {

    private static final Set<String> OPENERS = Set.of("(", "/");
    private static final Set<String> CLOSERS = Set.of(")", "/");

    private final Set<String> heads;

    ThingNames(Set<String> heads) {
        this.heads = heads;
    }

    /** Whether a person-shaped mention names a thing, not a person. */
    boolean isThing(Sentence sentence, List<Token> toks, Mention m) {
        if (m.kind() != Mention.Kind.PERSON) {
            return false;
        }
        int end = runEnd(toks, m.first());
        boolean namedThing = heads.contains(toks.get(end - 1).lower());
        boolean bare = m.title() == null && m.last() - m.first() == 1;
        boolean thingAfter = bare && end < toks.size() && heads.contains(toks.get(end).lower());
        return namedThing || thingAfter || isDatelineOutlet(sentence, toks, m);
    }

    /** The end of the capitalised run a mention starts, over hyphens and small joining words. */
    private static int runEnd(List<Token> toks, int first) {
        int k = first;
        while (k < toks.size() && (toks.get(k).isWord() && toks.get(k).isCapitalized()
                || k > first && toks.get(k).text().equals("-") && k + 1 < toks.size())) {
            k++;
        }
        return Math.max(k, first + 1);
    }

    /** "(Northline Wire)" or "/Eurasia Newsline/" in the first body paragraph is the news outlet. */
    private static boolean isDatelineOutlet(Sentence sentence, List<Token> toks, Mention m) {
        if (sentence.paragraph() != 1 || m.title() != null || m.first() == 0 || m.last() >= toks.size()) {
            return false;
        }
        return OPENERS.contains(toks.get(m.first() - 1).text()) && CLOSERS.contains(toks.get(m.last()).text());
    }
}

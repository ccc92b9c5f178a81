package io.parley.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PartyResolver tells which actor a mention near a meeting trigger stands for when the meeting reading needs
 * more than coreference gives: a possessive before the trigger ("his meeting with"), a pronoun coreference
 * left open, a country title ("the Kenyan President"), country words before a plural title ("counterparts", "ambassadors").
 */
final class PartyResolver {

    /** How many sentences back an unresolved pronoun looks for its person. */
    private static final int PRONOUN_REACH = 2;

    private PartyResolver() {
    }

    /**
     * "X ... about his meeting with Y": a possessive pronoun just before a trigger is the nearest person named
     * before it in the sentence; other mentions are what coreference says.
     */
    static Entity owner(Doc doc, Coreference.Result coref, int sentence, Mention m, int trigger) {
        boolean possessive = m.kind() == Mention.Kind.PRONOUN && (m.name().equals("his") || m.name().equals("her"));
        if (m.kind() == Mention.Kind.PRONOUN && coref.of(m) == null && !possessive) {
            return recentPerson(doc, coref, sentence);
        }
        if (m.kind() == Mention.Kind.TITLE && m.country() != null && !isPerson(coref.of(m))) {
            Entity holder = titleHolder(coref, m);
            return holder != null ? holder : coref.of(m);
        }
        if (!possessive || m.last() > trigger || trigger - m.last() > 2) {
            return coref.of(m);
        }
        Entity nearest = null;
        for (Mention prior : doc.mentions(sentence)) {
            Entity e = coref.of(prior);
            if (prior.last() <= m.first() && prior.kind() == Mention.Kind.PERSON && e != null && e.isPerson()) {
                nearest = e;
            }
        }
        return nearest != null ? nearest : coref.of(m);
    }

    private static boolean isPerson(Entity e) {
        return e != null && e.isPerson();
    }

    /**
     * "met the Iraqi President", "his Japanese counterpart" left unresolved by coreference: the one person of
     * that country the article names with the same title head (any title for "counterpart"), else the one
     * person of that country with any title ("the Kenyan envoy" for the Kenyan foreign minister).
     */
    private static Entity titleHolder(Coreference.Result coref, Mention m) {
        String head = m.title() == null ? "" : lastWord(m.title());
        Entity same = holder(coref, m.country(), head);
        return same != null || head.equals("counterpart") ? same : holder(coref, m.country(), "counterpart");
    }

    /**
     * The one person of {@code country} with a title whose last word is {@code head} (any title for
     * "counterpart"), or null when there is none or more than one.
     */
    private static Entity holder(Coreference.Result coref, String country, String head) {
        Entity found = null;
        for (Entity e : coref.entities()) {
            boolean sameTitle = head.equals("counterpart") ? e.title() != null
                    : e.title() != null && lastWord(e.title()).equals(head);
            if (e.isPerson() && country.equals(e.country()) && sameTitle) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** "she will hold talks" where coreference left "she" open: the last person named in the sentences before. */
    private static Entity recentPerson(Doc doc, Coreference.Result coref, int sentence) {
        for (int s = sentence - 1; s >= Math.max(0, sentence - PRONOUN_REACH); s--) {
            List<Mention> ms = doc.mentions(s);
            for (int k = ms.size() - 1; k >= 0; k--) {
                Entity e = coref.of(ms.get(k));
                if (ms.get(k).kind() == Mention.Kind.PERSON && e != null && e.isPerson() && !doc.isHeadline(s)
                        && !doc.quoted(ms.get(k).start())) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * "met his Kenyan and Ugandan counterparts", "talks with the Israeli and Palestinian ambassadors", named
     * elsewhere: when the country words stand before a plural title of {@code pluralTitles}, each is the one
     * person of its country the article names with one of the title heads that plural stands for (any title
     * for "counterparts"), or nothing when there are several.
     */
    static Entity counterpart(Coreference.Result coref, List<Token> toks, Mention m, Map<String, String> pluralTitles) {
        int k = pluralTitleAfter(toks, m, pluralTitles);
        if (k < 0 || m.country() == null) {
            return null;
        }
        Entity found = null;
        for (String head : pluralTitles.get(toks.get(k).lower()).split(" ")) {
            Entity e = holder(coref, m.country(), head);
            if (e != null && found != null && e.id() != found.id()) {
                return null;
            }
            found = e != null ? e : found;
        }
        return found;
    }

    /**
     * The index of the plural title of {@code pluralTitles} that the country words from {@code m} qualify
     * ("Israeli and Palestinian ambassadors"), or -1 when none stands within six words.
     */
    static int pluralTitleAfter(List<Token> toks, Mention m, Map<String, String> pluralTitles) {
        for (int k = m.last(); k < toks.size() && k < m.last() + 6; k++) {
            if (pluralTitles.containsKey(toks.get(k).lower())) {
                return k;
            }
            if (!toks.get(k).isCapitalized() && !toks.get(k).is("and") && !toks.get(k).text().equals(",")) {
                return -1;
            }
        }
        return -1;
    }
}

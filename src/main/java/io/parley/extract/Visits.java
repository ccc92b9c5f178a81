package io.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Visits completes the parties of a visit from the rest of the article: the country a visit goes to stands for
 * the leader of that country the article names ({@code doc:visit-host}: "visited Kenya" meets the Kenyan
 * president), and a visitor with no host named meets the country itself ({@code doc:visit-country}: "arrived in
 * Maputo on a three-day visit" meets Mozambique, as the guidelines count a country where no person is named).
 */
final class Visits {

    /** How many sentences away the host of a visit must be named. */
    private static final int REACH = 4;

    /** How many words after a visit noun its "to" may stand ("the visit of President X to Moscow"). */
    private static final int TO_REACH = 6;


    /** The parties of a visitor's meeting and the rule that named them. */
    record Visit(List<Integer> parties, String rule) {
    }

    private final MeetingWords words;

    Visits(MeetingWords words) {
        this.words = words;
    }

    /** A visit's parties with each visited country replaced by its leader named in the article, or null. */
    List<Integer> hosts(Coreference.Result coref, EventMention m) {
        if (!m.isVisit()) {
            return null;
        }
        List<Integer> out = new ArrayList<>(m.parties());
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            Entity e = coref.entities().get(out.get(k));
            int host = e.kind() == Entity.Kind.COUNTRY ? host(coref, e.name()) : -1;
            if (host >= 0 && !out.contains(host)) {
                out.set(k, host);
                changed = true;
            }
        }
        return changed ? out : null;
    }

    /**
     * A visitor alone: the place the visit goes to ("visited Nairobi", "his visit to Japan", "arrived in Nairobi on
     * a state visit") meets that country's leader when the article names one near, else, for an arrival ("arrived in
     * Maputo on a visit"), the country itself when the article names it and no official of it; null when the visit goes nowhere known or home.
     */
    Visit visitorAlone(Doc doc, Coreference.Result coref, EventMention m) {
        if (!m.isVisit() || m.parties().size() != 1) {
            return null;
        }
        Entity visitor = coref.entities().get(m.parties().get(0));
        String country = visitor.isPerson() ? destination(doc, m) : null;
        if (country == null || country.equals(visitor.country())) {
            return null;
        }
        int host = host(coref, country);
        if (host >= 0 && host != visitor.id() && mentionedNear(doc, coref, host, m.sentence())) {
            return new Visit(List.of(visitor.id(), host), "doc:visit-host");
        }
        boolean arrived = arrival(doc.tokens(m.sentence()));
        int land = host >= 0 || !arrived || namesOfficialOf(coref, country) ? -1 : countryEntity(coref, country);
        return land >= 0 ? new Visit(List.of(visitor.id(), land), "doc:visit-country") : null;
    }

    /** The country the visit goes to: right after the trigger, or after "to", or anywhere "in"/"to" with an arrival. */
    private String destination(Doc doc, EventMention m) {
        List<Token> toks = doc.tokens(m.sentence());
        int end = m.trigger() + m.phrase().split(" ").length;
        if (words.grammar().visitVerbs().contains(m.phrase()) && end < toks.size()) {
            String c = countryOf(doc, m.sentence(), end);
            if (c != null) {
                return c;
            }
        }
        for (int i = end; i < Math.min(toks.size() - 1, end + TO_REACH); i++) {
            if (toks.get(i).is("to")) {
                return countryOf(doc, m.sentence(), afterThe(toks, i + 1));
            }
        }
        return arrival(toks) ? anyDestination(doc, m.sentence()) : null;
    }

    private static int afterThe(List<Token> toks, int i) {
        return i < toks.size() - 1 && toks.get(i).is("the") ? i + 1 : i;
    }

    /** The country of the first capital or country a sentence goes "to" or is "in" ("in the Kenyan capital"). */
    private String anyDestination(Doc doc, int sentence) {
        List<Token> toks = doc.tokens(sentence);
        for (int i = 1; i < toks.size(); i++) {
            if (words.grammar().placing().contains(toks.get(i - 1).lower())) {
                String country = countryOf(doc, sentence, afterThe(toks, i));
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /** The country a capital or a country word at token {@code i} names, or null. */
    private String countryOf(Doc doc, int sentence, int i) {
        List<Token> toks = doc.tokens(sentence);
        if (i >= toks.size() || !toks.get(i).isCapitalized()) {
            return null;
        }
        String two = i + 1 < toks.size() ? toks.get(i).text() + " " + toks.get(i + 1).text() : "";
        String capital = words.capitals().getOrDefault(two, words.capitals().get(toks.get(i).text()));
        return capital != null ? capital : countryAt(doc, sentence, i);
    }

    private static String countryAt(Doc doc, int sentence, int token) {
        for (Mention m : doc.mentions(sentence)) {
            if (m.first() == token && m.kind() == Mention.Kind.COUNTRY) {
                return m.country();
            }
        }
        return null;
    }

    private boolean arrival(List<Token> toks) {
        for (Token t : toks) {
            if (words.arrivals().contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether entity {@code id} is named within {@link #REACH} sentences of {@code sentence}. */
    private static boolean mentionedNear(Doc doc, Coreference.Result coref, int id, int sentence) {
        int last = Math.min(doc.sentences().size() - 1, sentence + REACH);
        for (int s = Math.max(0, sentence - REACH); s <= last; s++) {
            for (Mention m : doc.mentions(s)) {
                Entity e = coref.of(m);
                if (e != null && e.id() == id) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the article names a person with an office of {@code country}: that side has a person then. */
    private static boolean namesOfficialOf(Coreference.Result coref, String country) {
        for (Entity e : coref.entities()) {
            if (e.isPerson() && e.title() != null && country.equals(e.country())) {
                return true;
            }
        }
        return false;
    }

    private static int countryEntity(Coreference.Result coref, String country) {
        for (Entity e : coref.entities()) {
            if (e.kind() == Entity.Kind.COUNTRY && country.equals(e.name())) {
                return e.id();
            }
        }
        return -1;
    }

    /** The first person of the article who leads {@code country}, or -1. */
    int host(Coreference.Result coref, String country) {
        for (Entity e : coref.entities()) {
            if (e.isPerson() && country.equals(e.country()) && leads(e.title())) {
                return e.id();
            }
        }
        return -1;
    }

    private boolean leads(String title) {
        if (title == null) {
            return false;
        }
        String t = title.toLowerCase(Locale.ROOT);
        for (String h : words.hostTitles()) {
            if (t.equals(h) || t.endsWith(" " + h)) {
                return words.grammar().notLeaders().stream().noneMatch(t::contains);
            }
        }
        return false;
    }
}

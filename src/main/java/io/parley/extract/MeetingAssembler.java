package io.parley.extract;

import io.parley.model.MeetingKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MeetingAssembler turns the event mentions of a whole article into meetings. A mention that names two parties
 * stands on its own ({@code trigger:<phrase>}); the others are completed by ordered steps, each with a stable
 * rule name, that read the rest of the article:
 * <ol>
 *   <li>{@code doc:both-sides}: "both sides", "the two leaders", "they" are the parties of the meeting told
 *       just before; {@code doc:group-recent}: with no meeting before, the two officials named last;</li>
 *   <li>{@code doc:visit-host}: a visit to a country meets that country's leader when the article names one,
 *       {@code doc:visit-country}: else the country itself ({@link Visits});</li>
 *   <li>{@code doc:attendees}: "X and Y were present", "the talks were also attended by X" add people to the
 *       meeting told just before;</li>
 *   <li>{@code doc:summit-roster}: a gathering told in several sentences is one multilateral meeting of all
 *       the people the article places at it, kept apart from the meetings on its sidelines;
 *       {@code doc:sideline-gathering}: with no such roster, three people meeting on the sidelines of a
 *       gathering make that gathering's meeting too.</li>
 * </ol>
 */
final class MeetingAssembler {

    static final String SUMMIT_ROSTER = "doc:summit-roster";
    static final String SIDELINE_GATHERING = "doc:sideline-gathering";
    private static final String LIST_COUNTRIES = "+list:countries";

    /** How many sentences back a group anaphor or an attendance sentence may reach for its meeting. */
    private static final int REACH = 4;

    private final MeetingFinder finder;
    private final MeetingWords words;
    private final PhraseIndex attendance;
    private final PhraseIndex pastMarkers;
    private final Visits visits;

    MeetingAssembler(MeetingFinder finder, MeetingWords words) {
        this.finder = finder;
        this.words = words;
        this.attendance = new PhraseIndex(words.attendance(), true);
        this.pastMarkers = new PhraseIndex(words.pastMarkers(), true);
        this.visits = new Visits(words);
    }

    /** The meetings of an article; {@code year} is the year of its reference date, or 0 when unknown. */
    List<MeetingFinder.Found> assemble(Doc doc, Coreference.Result coref, int year, List<EventMention> mentions) {
        List<MeetingFinder.Found> out = new ArrayList<>();
        int i = 0;
        while (i < mentions.size()) {
            int sentence = mentions.get(i).sentence();
            int j = i;
            while (j < mentions.size() && mentions.get(j).sentence() == sentence) {
                j++;
            }
            out.addAll(sentence(doc, coref, year, mentions.subList(i, j), out));
            i = j;
        }
        out.removeIf(f -> f.rule().startsWith("doc:visit") && toldElsewhere(f, out));
        out.removeIf(f -> f.rule().contains(LIST_COUNTRIES) && metInPerson(coref, f, out));
        List<MeetingFinder.Found> met = attendees(doc, coref, out);
        MeetingFinder.Found roster = summitRoster(doc, coref, year, mentions, met);
        if (roster != null) {
            met.add(roster);
        } else {
            met.addAll(sidelineGatherings(doc, met));
        }
        return met;
    }

    /**
     * A visitor's meeting read from the rest of the article is, when its parties meet in another sentence with the
     * same status, that meeting told again (the first of several such visits stays); a planned visit after a held
     * call of the same two ("agreed to hold a working visit of X to Moscow") is a meeting of its own.
     */
    private static boolean toldElsewhere(MeetingFinder.Found visit, List<MeetingFinder.Found> found) {
        Set<Integer> parties = Set.copyOf(visit.parties());
        return found.stream().anyMatch(f -> f != visit && f.sentence() != visit.sentence()
                && (!f.rule().startsWith("doc:visit") || f.sentence() < visit.sentence())
                && f.status() == visit.status() && Set.copyOf(f.parties()).equals(parties));
    }

    /**
     * A listed country ("plans to visit Iraq and Qatar") whose people the article has the same visitors meet
     * elsewhere ("a meeting with his Qatari counterpart X") is that meeting told again.
     */
    private static boolean metInPerson(Coreference.Result coref, MeetingFinder.Found listed,
                                       List<MeetingFinder.Found> found) {
        Entity country = coref.entities().get(listed.parties().get(listed.parties().size() - 1));
        if (country.kind() != Entity.Kind.COUNTRY) {
            return false;
        }
        List<Integer> people = listed.parties().subList(0, listed.parties().size() - 1);
        return found.stream().anyMatch(f -> !f.rule().contains(LIST_COUNTRIES) && f.parties().containsAll(people)
                && f.parties().stream().map(id -> coref.entities().get(id))
                        .anyMatch(e -> e.isPerson() && country.name().equals(e.country())));
    }

    /**
     * {@code doc:summit-roster}: an article that tells a gathering more than once ("the G7 summit", "leaders
     * attending the summit") gets one multilateral meeting of everyone it places there: the parties of each
     * gathering mention and of the meetings held on its sidelines. Needs three people. A sentence that tells a
     * gathering with its own roster ("the summit in Washington, which brought together A, B and C") is that
     * gathering's meeting and adds nothing to another's.
     */
    private MeetingFinder.Found summitRoster(Doc doc, Coreference.Result coref, int year,
                                             List<EventMention> mentions, List<MeetingFinder.Found> met) {
        Set<Integer> ownRosters = new HashSet<>();
        met.stream().filter(f -> f.parties().size() >= 3 && f.rule().startsWith("trigger:")
                && words.rosterVerbs().contains(f.rule().substring("trigger:".length())))
                .forEach(f -> ownRosters.add(f.sentence()));
        List<EventMention> gatherings = mentions.stream()
                .filter(m -> m.own() == MeetingKind.MULTILATERAL && !doc.isHeadline(m.sentence())
                        && !ownRosters.contains(m.sentence())).toList();
        if (gatherings.size() < 2) {
            return null;
        }
        Set<Integer> roster = new LinkedHashSet<>();
        gatherings.forEach(m -> roster.addAll(m.parties()));
        roster.removeIf(id -> !official(coref.entities().get(id)));
        met.stream().filter(f -> atGathering(doc, f) && !ownRosters.contains(f.sentence()))
                .forEach(f -> roster.addAll(f.parties()));
        roster.removeIf(id -> !coref.entities().get(id).isPerson());
        List<Integer> parties = List.copyOf(roster);
        boolean told = met.stream().anyMatch(f -> f.parties().size() == parties.size()
                && f.parties().containsAll(parties) && f.kind() == MeetingKind.MULTILATERAL);
        if (parties.size() < 3 || told) {
            return null;
        }
        EventMention first = gatherings.get(0);
        return new MeetingFinder.Found(first.sentence(), parties, MeetingKind.MULTILATERAL, first.status(),
                first.trigger(), SUMMIT_ROSTER, past(doc.tokens(first.sentence()), year, first.window()), false);
    }

    /**
     * {@code doc:sideline-gathering}: three or more people meeting "on the sidelines of" a gathering were all at
     * that gathering, which is a multilateral meeting of its own (of those people, when the article places no one
     * else there).
     */
    private List<MeetingFinder.Found> sidelineGatherings(Doc doc, List<MeetingFinder.Found> met) {
        List<MeetingFinder.Found> out = new ArrayList<>();
        for (MeetingFinder.Found f : met) {
            if (f.parties().size() >= 3 && finder.onSidelines(doc.tokens(f.sentence()))) {
                out.add(new MeetingFinder.Found(f.sentence(), f.parties(), MeetingKind.MULTILATERAL, f.status(),
                        f.trigger(), SIDELINE_GATHERING, f.past(), false));
            }
        }
        return out;
    }

    /** The meetings of one sentence: its complete mentions, else what the document steps complete. */
    private List<MeetingFinder.Found> sentence(Doc doc, Coreference.Result coref, int year, List<EventMention> here,
                                               List<MeetingFinder.Found> before) {
        List<MeetingFinder.Found> out = new ArrayList<>();
        boolean attendance = attends(doc.tokens(here.get(0).sentence()));
        for (EventMention m : here) {
            if (attendance && backReference(doc, m)) {
                continue;
            }
            if (m.countries().size() >= 2) {
                out.addAll(perCountry(doc, coref, year, m));
                continue;
            }
            List<Integer> host = visits.hosts(coref, m);
            List<Integer> parties = host != null ? host : m.parties();
            String rule = host != null ? m.rule() + "+doc:visit-host" : m.rule();
            if (m.separate() && parties.size() >= 3 && !finder.gathering(doc, m)) {
                out.addAll(bilaterals(doc, coref, year, m, parties, rule + "+list:bilaterals"));
            } else if (finder.complete(doc, coref, m, parties)) {
                out.add(found(doc, year, m, parties, rule));
            }
        }
        for (int k = 0; out.isEmpty() && k < here.size(); k++) {
            EventMention m = here.get(k);
            List<Integer> group = bothSides(m, before);
            String rule = "doc:both-sides";
            if (group == null) {
                group = recentPair(doc, coref, m);
                rule = "doc:group-recent";
            }
            if (group != null && finder.complete(doc, coref, m, group)) {
                out.add(found(doc, year, m, group, rule));
            }
        }
        for (int k = 0; out.isEmpty() && k < here.size(); k++) {
            EventMention m = here.get(k);
            Visits.Visit visit = visits.visitorAlone(doc, coref, m);
            if (visit != null && finder.complete(doc, coref, m, visit.parties())) {
                out.add(found(doc, year, m, visit.parties(), visit.rule()));
            }
        }
        return out;
    }

    /** A meeting in person told in a sentence that names a gathering ("on the sidelines of the summit"). */
    private boolean atGathering(Doc doc, MeetingFinder.Found f) {
        boolean remote = f.kind() == MeetingKind.PHONE_CALL || f.kind() == MeetingKind.VIDEO_CALL;
        return !remote && finder.namesGathering(doc.tokens(f.sentence()));
    }

    private static boolean official(Entity e) {
        return e.isPerson() && (e.title() != null || e.country() != null);
    }

    /**
     * {@code list:countries}: the people of the trigger's clause meet each country it lists on its own, in the
     * person of its leader when the article names one ({@code list:countries+doc:country-leader}).
     */
    private List<MeetingFinder.Found> perCountry(Doc doc, Coreference.Result coref, int year, EventMention m) {
        List<Integer> people = m.parties().stream().filter(id -> coref.entities().get(id).isPerson()).toList();
        List<MeetingFinder.Found> out = new ArrayList<>();
        for (int c = 0; !people.isEmpty() && c < m.countries().size(); c++) {
            int country = m.countries().get(c);
            int host = visits.host(coref, coref.entities().get(country).name());
            boolean led = host >= 0 && !people.contains(host);
            List<Integer> parties = new ArrayList<>(people);
            parties.add(led ? host : country);
            String rule = m.rule() + LIST_COUNTRIES + (led ? "+doc:country-leader" : "");
            if (finder.complete(doc, coref, m, parties)) {
                out.add(found(doc, year, m, parties, rule));
            }
        }
        return out;
    }

    /** {@code list:bilaterals}: the subject meets each of the other parties on its own. */
    private List<MeetingFinder.Found> bilaterals(Doc doc, Coreference.Result coref, int year, EventMention m,
                                                 List<Integer> parties, String rule) {
        List<MeetingFinder.Found> out = new ArrayList<>();
        for (int other : parties.subList(1, parties.size())) {
            List<Integer> pair = List.of(parties.get(0), other);
            if (finder.complete(doc, coref, m, pair)) {
                out.add(found(doc, year, m, pair, rule));
            }
        }
        return out;
    }

    /** "were present during the meeting": a trigger after "the" in an attendance sentence is a meeting told before. */
    private static boolean backReference(Doc doc, EventMention m) {
        return m.trigger() > 0 && doc.tokens(m.sentence()).get(m.trigger() - 1).is("the");
    }

    private MeetingFinder.Found found(Doc doc, int year, EventMention m, List<Integer> parties, String rule) {
        return new MeetingFinder.Found(m.sentence(), List.copyOf(parties), finder.kind(doc, m, parties.size()),
                m.status(), m.trigger(), rule, past(doc.tokens(m.sentence()), year, m.window()), m.again());
    }

    /**
     * A meeting told as past ("last year", "years ago", "in 2013", "had met") is another meeting than today's
     * of the same parties: a marker in the trigger's own window, or one before the sentence's first trigger.
     */
    private boolean past(List<Token> toks, int year, EventMention.Window window) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            boolean earlierYear = year > 0 && t.text().length() == 4 && t.text().chars().allMatch(Character::isDigit)
                    && Integer.parseInt(t.text()) < year && i > 0 && words.grammar().pastYearPrepositions().contains(toks.get(i - 1).lower());
            int len = earlierYear ? 1 : pastMarkers.match(toks, i);
            boolean fronted = i + len <= window.firstTrigger();
            if (len > 0 && (fronted || i >= window.start() && i < window.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code doc:both-sides}: a group anaphor with fewer than two parties of its own stands for the parties of
     * the latest meeting a few sentences before, when those include every party the clause names.
     */
    private static List<Integer> bothSides(EventMention m, List<MeetingFinder.Found> before) {
        if (!m.group() || m.parties().size() >= 2 || before.isEmpty()) {
            return null;
        }
        MeetingFinder.Found last = before.get(before.size() - 1);
        boolean near = m.sentence() - last.sentence() <= REACH && m.sentence() > last.sentence();
        return near && last.parties().containsAll(m.parties()) ? last.parties() : null;
    }

    /**
     * {@code doc:group-recent}: "the two leaders held talks" after no meeting at all: the two people with an
     * office named last, in this sentence or the one before, when they are exactly two.
     */
    private static List<Integer> recentPair(Doc doc, Coreference.Result coref, EventMention m) {
        boolean quoted = doc.quoted(doc.tokens(m.sentence()).get(m.trigger()).start());
        if (!m.group() || m.parties().size() >= 2 || quoted) {
            return null;
        }
        Set<Integer> people = new LinkedHashSet<>(m.parties());
        for (int s = Math.max(0, m.sentence() - 1); s <= m.sentence(); s++) {
            for (Mention mention : doc.mentions(s)) {
                Entity e = coref.of(mention);
                if (e != null && official(e) && !doc.quoted(mention.start()) && !doc.isHeadline(s)) {
                    people.add(e.id());
                }
            }
        }
        return people.size() == 2 ? List.copyOf(people) : null;
    }

    /**
     * {@code doc:attendees}: a sentence with an attendance phrase and no meeting of its own adds the people it
     * names to the latest meeting a few sentences before (every sentence that told that meeting), or, when it
     * points back at it ("Tuesday's meeting was also attended by X"), to the latest meeting anywhere before. A
     * party of several earlier meetings ("X was accompanied by Y" after two visits) leaves it unclear which one
     * Y attended, and the person reporting it ("…, the spokeswoman said") attends nothing.
     */
    private List<MeetingFinder.Found> attendees(Doc doc, Coreference.Result coref, List<MeetingFinder.Found> found) {
        List<MeetingFinder.Found> out = new ArrayList<>(found);
        for (Sentence s : doc.sentences()) {
            List<Token> toks = doc.tokens(s.index());
            if (!attends(toks) || hasMeeting(out, s.index())) {
                continue;
            }
            MeetingFinder.Found last = latestBefore(out, s.index(), pointsBack(toks) ? s.index() : REACH);
            if (last == null || ambiguous(doc, coref, s.index(), out)) {
                continue;
            }
            Set<Integer> more = new LinkedHashSet<>(last.parties());
            for (Mention mention : doc.mentions(s.index())) {
                Entity e = coref.of(mention);
                if (e != null && e.isPerson() && mention.kind() != Mention.Kind.PRONOUN
                        && !NonParticipants.excluded(words, toks, mention, false)) {
                    more.add(e.id());
                }
            }
            if (more.size() > last.parties().size()) {
                extend(out, last, List.copyOf(more));
            }
        }
        return out;
    }

    /** "Tuesday's meeting", "the talks": a meeting noun after "the" or a possessive names a meeting told before. */
    private boolean pointsBack(List<Token> toks) {
        for (int i = 1; i < toks.size(); i++) {
            Token before = toks.get(i - 1);
            boolean definite = before.is("the") || NamePhrase.isPossessive(before);
            if (definite && words.meetingNouns().contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a person the attendance sentence names took part in meetings of two different sets of parties. */
    private static boolean ambiguous(Doc doc, Coreference.Result coref, int sentence,
                                     List<MeetingFinder.Found> found) {
        for (Mention mention : doc.mentions(sentence)) {
            Entity e = coref.of(mention);
            if (e == null || !e.isPerson()) {
                continue;
            }
            Set<Set<Integer>> sets = new HashSet<>();
            found.stream().filter(f -> f.sentence() < sentence && f.parties().contains(e.id()))
                    .forEach(f -> sets.add(Set.copyOf(f.parties())));
            if (sets.size() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static void extend(List<MeetingFinder.Found> out, MeetingFinder.Found last, List<Integer> parties) {
        for (int k = 0; k < out.size(); k++) {
            MeetingFinder.Found f = out.get(k);
            if (f.parties().equals(last.parties()) && f.status() == last.status()) {
                out.set(k, f.withParties(parties, f.rule() + "+doc:attendees"));
            }
        }
    }

    private static MeetingFinder.Found latestBefore(List<MeetingFinder.Found> found, int sentence, int reach) {
        MeetingFinder.Found best = null;
        for (MeetingFinder.Found f : found) {
            boolean oneOfList = f.rule().contains(LIST_COUNTRIES);
            if (!oneOfList && f.sentence() < sentence && sentence - f.sentence() <= reach
                    && (best == null || f.sentence() >= best.sentence())) {
                best = f;
            }
        }
        return best;
    }

    private static boolean hasMeeting(List<MeetingFinder.Found> found, int sentence) {
        return found.stream().anyMatch(f -> f.sentence() == sentence);
    }

    private boolean attends(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (attendance.match(toks, i) > 0) {
                return true;
            }
        }
        return false;
    }
}

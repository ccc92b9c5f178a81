package io.parley.extract;

import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.MeetingKind;
import io.parley.model.MeetingStatus;
import io.parley.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MeetingBuilder turns meetings found in sentences into model meetings: one per set of parties and status,
 * with its place, date and topics.
 */
final class MeetingBuilder {

    private final LocationFinder locations;
    private final DateResolver dates;
    private final TopicTagger topics;

    MeetingBuilder(LocationFinder locations, DateResolver dates, TopicTagger topics) {
        this.locations = locations;
        this.dates = dates;
        this.topics = topics;
    }

    List<Meeting> build(Doc doc, Coreference.Result coref, List<MeetingFinder.Found> found, Dateline dateline,
                        LocalDate reference) {
        List<Meeting> out = new ArrayList<>();
        Set<Integer> countries = new HashSet<>();
        coref.entities().stream().filter(e -> e.kind() == Entity.Kind.COUNTRY).forEach(e -> countries.add(e.id()));
        for (MeetingGroups.Group g : MeetingGroups.group(doc, found, countries)) {
            out.add(meeting(doc, coref, g, dateline, reference));
        }
        return out;
    }

    /** The sentence that best states a meeting: not a headline, naming the most parties, dated, then first. */
    private MeetingFinder.Found evidence(Doc doc, Coreference.Result coref, MeetingGroups.Group g,
                                         LocalDate reference) {
        MeetingFinder.Found best = g.lead();
        int bestScore = Integer.MIN_VALUE;
        for (MeetingFinder.Found f : g.members()) {
            int score = score(doc, coref, f, g.lead().parties(), reference);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }

    private int score(Doc doc, Coreference.Result coref, MeetingFinder.Found f, List<Integer> parties,
                      LocalDate reference) {
        Set<Integer> named = new HashSet<>();
        for (Mention m : doc.mentions(f.sentence())) {
            Entity e = coref.of(m);
            if (e != null && m.kind() != Mention.Kind.PRONOUN && parties.contains(e.id())) {
                named.add(e.id());
            }
        }
        int headline = doc.isHeadline(f.sentence()) ? 100 : 0;
        return 2 * named.size() + (ownDate(doc, f.sentence(), reference, f.status()) != null ? 1 : 0) - headline;
    }

    /** A date stated in the sentence itself that resolves (or any date words when there is no reference). */
    private DateResolver.Found ownDate(Doc doc, int sentence, LocalDate reference, MeetingStatus status) {
        Sentence s = doc.sentences().get(sentence);
        DateResolver.Found here = dates.find(doc.text(), s.start(), s.end(), reference,
                status == MeetingStatus.PLANNED);
        return here != null && (here.date() != null || reference == null) ? here : null;
    }

    /**
     * The date of the evidence sentence, else of another sentence of the group, else the evidence's fallback,
     * else (held meetings) the date of a lead sentence that names one of the parties.
     */
    private DateResolver.Found date(Doc doc, Coreference.Result coref, MeetingGroups.Group g,
                                    MeetingFinder.Found evidence, LocalDate reference) {
        DateResolver.Found own = ownDate(doc, evidence.sentence(), reference, evidence.status());
        for (int i = 0; own == null && i < g.members().size(); i++) {
            own = ownDate(doc, g.members().get(i).sentence(), reference, evidence.status());
        }
        Sentence s = doc.sentences().get(evidence.sentence());
        boolean planned = evidence.status() == MeetingStatus.PLANNED;
        DateResolver.Found near = own != null ? own : date(doc, s, reference, planned);
        return near != null && near.date() != null || planned ? near : orLead(leadDate(doc, coref, g, s, reference), near);
    }

    private static DateResolver.Found orLead(DateResolver.Found lead, DateResolver.Found near) {
        return lead != null ? lead : near;
    }

    /**
     * The date of the article's lead sentence when it comes before the meeting's sentence and names one of its
     * parties: a series lead ("X held talks on Sunday with several leaders") dates the undated meetings it opens.
     */
    private DateResolver.Found leadDate(Doc doc, Coreference.Result coref, MeetingGroups.Group g, Sentence s,
                                        LocalDate reference) {
        int lead = 0;
        while (lead < doc.sentences().size() && doc.isHeadline(lead)) {
            lead++;
        }
        if (lead >= s.index() || reference == null) {
            return null;
        }
        Sentence first = doc.sentences().get(lead);
        DateResolver.Found f = dates.find(doc.text(), first.start(), first.end(), reference, false);
        return f != null && f.date() != null && namesParty(doc, coref, g, lead) ? f : null;
    }

    private static boolean namesParty(Doc doc, Coreference.Result coref, MeetingGroups.Group g, int sentence) {
        for (Mention m : doc.mentions(sentence)) {
            Integer id = coref.entityOf().get(m);
            if (id != null && g.lead().parties().contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** A city one of the group's sentences places the meeting in, else the lead sentence's usual fallbacks. */
    private String place(Doc doc, MeetingGroups.Group g, MeetingFinder.Found evidence, Dateline dateline) {
        String city = locations.city(doc, evidence.sentence(), false);
        for (int i = 0; city == null && i < g.members().size(); i++) {
            int sentence = g.members().get(i).sentence();
            city = doc.isHeadline(sentence) ? null : locations.city(doc, sentence, false);
        }
        return city != null ? city : locations.locate(doc, g.lead().sentence(), dateline);
    }

    /** The date words of the sentence, else a resolvable date earlier in its paragraph. */
    private DateResolver.Found date(Doc doc, Sentence s, LocalDate reference, boolean planned) {
        DateResolver.Found here = dates.find(doc.text(), s.start(), s.end(), reference, planned);
        if (here != null && (here.date() != null || reference == null)) {
            return here;
        }
        for (int i = s.index() - 1; i >= 0 && doc.sentences().get(i).paragraph() == s.paragraph(); i--) {
            Sentence prior = doc.sentences().get(i);
            DateResolver.Found f = dates.find(doc.text(), prior.start(), prior.end(), reference, planned);
            if (f != null && f.date() != null) {
                return f;
            }
        }
        return here;
    }

    private Meeting meeting(Doc doc, Coreference.Result coref, MeetingGroups.Group g, Dateline dateline,
                            LocalDate reference) {
        MeetingFinder.Found lead = g.lead();
        MeetingFinder.Found best = evidence(doc, coref, g, reference);
        List<Actor> parties = new ArrayList<>();
        for (int id : lead.parties()) {
            parties.add(coref.entities().get(id).toActor());
        }
        boolean remote = lead.kind() == MeetingKind.PHONE_CALL || lead.kind() == MeetingKind.VIDEO_CALL;
        String place = remote ? null : place(doc, g, best, dateline);
        DateResolver.Found date = date(doc, coref, g, best, reference);
        Sentence s = doc.sentences().get(best.sentence());
        Span evidence = Span.of(doc.text(), s.start(), s.end());
        return new Meeting(parties, lead.kind(), lead.status(), place, date == null ? null : date.date(),
                date == null ? null : date.text(), topics.tag(evidence.text()), evidence, lead.rule());
    }
}

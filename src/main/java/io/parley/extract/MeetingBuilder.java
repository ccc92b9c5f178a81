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
import java.util.TreeSet;

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
        Set<String> seen = new HashSet<>();
        List<MeetingFinder.Found> kept = new ArrayList<>();
        List<MeetingFinder.Found> ordered = new ArrayList<>(found);
        ordered.sort(java.util.Comparator.comparing((MeetingFinder.Found f) -> doc.isHeadline(f.sentence())));
        for (MeetingFinder.Found found1 : ordered) {
            MeetingFinder.Found f = withoutKnownPairs(found1, kept);
            String key = new TreeSet<>(f.parties()) + ":" + f.status();
            if (!partOfRecent(f, kept) && seen.add(key)) {
                kept.add(f);
                out.add(meeting(doc, coref, f, dateline, reference));
            }
        }
        return out;
    }

    /**
     * "his meetings with X and Y" after a meeting with X was already reported: X's part is that earlier
     * meeting, so the new one keeps the subject and Y.
     */
    private static MeetingFinder.Found withoutKnownPairs(MeetingFinder.Found f, List<MeetingFinder.Found> kept) {
        if (f.parties().size() < 3) {
            return f;
        }
        int subject = f.parties().get(0);
        List<Integer> parties = new ArrayList<>(f.parties());
        for (MeetingFinder.Found k : kept) {
            if (k.parties().size() == 2 && k.status() == f.status() && k.parties().contains(subject)
                    && parties.size() > 2) {
                parties.removeIf(p -> p != subject && k.parties().contains(p));
            }
        }
        return new MeetingFinder.Found(f.sentence(), parties, f.kind(), f.status(), f.trigger());
    }

    /** A smaller set of the same parties a sentence or two after a meeting is that meeting told again. */
    private static boolean partOfRecent(MeetingFinder.Found f, List<MeetingFinder.Found> kept) {
        for (MeetingFinder.Found k : kept) {
            if (f.sentence() - k.sentence() <= 2 && k.status() == f.status() && k.parties().size() > f.parties().size()
                    && k.parties().containsAll(f.parties())) {
                return true;
            }
        }
        return false;
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

    private Meeting meeting(Doc doc, Coreference.Result coref, MeetingFinder.Found f, Dateline dateline,
                            LocalDate reference) {
        Sentence s = doc.sentences().get(f.sentence());
        List<Actor> parties = new ArrayList<>();
        for (int id : f.parties()) {
            parties.add(coref.entities().get(id).toActor());
        }
        boolean remote = f.kind() == MeetingKind.PHONE_CALL || f.kind() == MeetingKind.VIDEO_CALL;
        String place = remote ? null : locations.locate(doc, f.sentence(), dateline);
        DateResolver.Found date = date(doc, s, reference, f.status() == MeetingStatus.PLANNED);
        Span evidence = Span.of(doc.text(), s.start(), s.end());
        return new Meeting(parties, f.kind(), f.status(), place, date == null ? null : date.date(),
                date == null ? null : date.text(), topics.tag(evidence.text()), evidence);
    }
}

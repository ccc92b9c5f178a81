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
        for (MeetingFinder.Found f : found) {
            String key = new TreeSet<>(f.parties()) + ":" + f.status();
            if (seen.add(key)) {
                out.add(meeting(doc, coref, f, dateline, reference));
            }
        }
        return out;
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
        DateResolver.Found date = dates.find(doc.text(), s.start(), s.end(), reference,
                f.status() == MeetingStatus.PLANNED);
        Span evidence = Span.of(doc.text(), s.start(), s.end());
        return new Meeting(parties, f.kind(), f.status(), place, date == null ? null : date.date(),
                date == null ? null : date.text(), topics.tag(evidence.text()), evidence);
    }
}

package io.parley.ask;

import io.parley.events.EventGrouping;
import io.parley.model.ActorProfile;
import io.parley.model.StatementEntry;
import io.parley.store.Timeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An actor's timeline as the API shows it: the profile, then meetings (one per event, with its source count: the
 * actor's meetings hold every report of each of the actor's events) and statements in date order.
 */
public record TimelineView(ActorProfile actor, List<Map<String, Object>> events) {

    public static TimelineView of(Timeline timeline) {
        List<Map<String, Object>> events = new ArrayList<>();
        Reported.firstOfEach(timeline.meetings(), EventGrouping.group(timeline.meetings()))
                .forEach(r -> events.add(withDate(Results.of(r), MeetingAnswers.date(r.entry()))));
        timeline.statements().forEach(s -> events.add(withDate(Results.of(s, 0), date(s))));
        events.sort(Comparator.comparing(e -> String.valueOf(e.get("when"))));
        return new TimelineView(timeline.actor(), events);
    }

    private static Map<String, Object> withDate(Map<String, Object> result, String date) {
        result.remove("score");
        result.put("when", date.isEmpty() ? null : date);
        return result;
    }

    private static String date(StatementEntry s) {
        return s.published() == null ? "" : s.published().toString();
    }
}

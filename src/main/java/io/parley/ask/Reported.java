package io.parley.ask;

import io.parley.events.Event;
import io.parley.model.MeetingEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A meeting shown for its event: the report an answer or a timeline cites, and the event it is one report of. */
record Reported(MeetingEntry entry, Event event) {

    /**
     * One per event, keeping the given order: the first of the meetings that reports each event. A meeting no
     * event holds (it should not happen) is kept alone.
     */
    static List<Reported> firstOfEach(List<MeetingEntry> meetings, List<Event> events) {
        Set<String> shown = new HashSet<>();
        List<Reported> out = new ArrayList<>();
        for (MeetingEntry m : meetings) {
            Event event = events.stream().filter(e -> e.reports(m)).findFirst().orElse(null);
            if (event == null || shown.add(event.id())) {
                out.add(new Reported(m, event));
            }
        }
        return out;
    }

    /** How many articles report the event (1 without one). */
    int sources() {
        return event == null ? 1 : event.sourceCount();
    }
}

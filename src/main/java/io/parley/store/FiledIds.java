package io.parley.store;

import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.MeetingEntry;
import io.parley.model.StatementEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The actor ids an extraction's stored facts are filed under, read back from the facts themselves. */
final class FiledIds {

    private FiledIds() {
    }

    /** Each named participant and speaker with the id its fact gives it. */
    static Map<Actor, String> of(List<MeetingEntry> meetings, List<StatementEntry> statements) {
        Map<Actor, String> ids = new HashMap<>();
        for (MeetingEntry entry : meetings) {
            Meeting m = entry.meeting();
            for (int i = 0; i < m.participants().size() && i < entry.participantIds().size(); i++) {
                if (entry.participantIds().get(i) != null) {
                    ids.putIfAbsent(m.participants().get(i), entry.participantIds().get(i));
                }
            }
        }
        for (StatementEntry entry : statements) {
            if (entry.speakerId() != null && entry.statement().speaker() != null) {
                ids.putIfAbsent(entry.statement().speaker(), entry.speakerId());
            }
        }
        return ids;
    }
}

package io.parley.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as stored and queried: the meeting, the article it came from, and the cross-article actor id
 * of each participant (same order as {@code meeting.participants()}).
 */
public record MeetingEntry(String articleId, String articleTitle, LocalDate published, Meeting meeting,
                           List<String> participantIds) {

    public MeetingEntry {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    }
}

package io.parley.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An interaction between named parties, tied to the sentence that states it.
 *
 * @param location city or place, or {@code null}
 * @param date     the resolved date, or {@code null}
 * @param dateText the words that gave the date, or {@code null}
 * @param rule     the stable name of the extraction rule that produced it (for evaluation and explanations)
 */
public record Meeting(List<Actor> participants, MeetingKind kind, MeetingStatus status, String location,
                      LocalDate date, String dateText, List<String> topics, Span evidence, String rule) {

    public Meeting {
        participants = List.copyOf(participants);
        topics = List.copyOf(topics);
    }
}

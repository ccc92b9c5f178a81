package io.parley.model;

import java.time.LocalDate;

/** A meeting as stored and queried: the meeting plus the article it came from. */
public record MeetingEntry(String articleId, String articleTitle, LocalDate published, Meeting meeting) {
}

package io.parley.model;

import java.time.LocalDate;

/**
 * A statement as stored and queried: the statement, the article it came from, the speaker's actor id, and the
 * meeting of the same article it was said at ({@code null} when none), as that meeting is stored, so a reader names
 * the meeting and finds its event without reading the article again.
 */
public record StatementEntry(String articleId, String articleTitle, LocalDate published, Statement statement,
                             String speakerId, MeetingEntry meeting) {

    /** A statement said at no meeting of its article. */
    public StatementEntry(String articleId, String articleTitle, LocalDate published, Statement statement,
                          String speakerId) {
        this(articleId, articleTitle, published, statement, speakerId, null);
    }
}

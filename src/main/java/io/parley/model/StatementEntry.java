package io.parley.model;

import java.time.LocalDate;

/** A statement as stored and queried: the statement, the article it came from, and the speaker's actor id. */
public record StatementEntry(String articleId, String articleTitle, LocalDate published, Statement statement,
                             String speakerId) {
}

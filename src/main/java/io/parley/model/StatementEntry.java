package io.parley.model;

import java.time.LocalDate;

/** A statement as stored and queried: the statement plus the article it came from. */
public record StatementEntry(String articleId, String articleTitle, LocalDate published, Statement statement) {
}

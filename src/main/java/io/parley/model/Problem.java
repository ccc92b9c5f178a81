package io.parley.model;

/**
 * A problem met while extracting an article: the stage (or rule) that failed and what went wrong. An
 * extraction with a problem is incomplete, so it is not stored as the article's facts.
 *
 * @param stage   the extraction stage that failed, for example {@code coreference}
 * @param message the error and where in the rules it happened
 */
public record Problem(String stage, String message) {
}

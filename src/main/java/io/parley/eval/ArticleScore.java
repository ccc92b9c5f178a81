package io.parley.eval;

/** The scores of one article: meetings, statements, quotes, and location and date hits among matched meetings. */
public record ArticleScore(String id, Counts meetings, Counts statements, Counts quotes, int locationOk,
                           int locationN, int dateOk, int dateN) {
}

package io.parley.eval;

/** One error in one article: its kind and a line that shows the gold and predicted sides. */
public record Miss(String articleId, MissKind kind, String detail) {
}

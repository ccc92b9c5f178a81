package io.parley.model;

import java.util.Objects;

/**
 * An article as read: its metadata and its full text, headline included. Every offset that Parley
 * reports is a {@code String} index into {@link #text()}.
 */
public record Article(ArticleInfo info, String text) {

    public Article {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(text, "text");
    }
}

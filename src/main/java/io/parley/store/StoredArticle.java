package io.parley.store;

import io.parley.model.Article;
import java.time.Instant;

/**
 * An article as kept in the table, with where it is in the pipeline.
 *
 * @param source           where it came from ("s3://bucket/key", "api", "cli", a feed URL)
 * @param reason           why extraction failed, or {@code null}
 * @param extractorVersion the rules that produced its facts, or {@code null} before extraction
 */
public record StoredArticle(Article article, String source, Instant ingestedAt, ArticleStatus status,
                            String reason, String extractorVersion) {

    public String id() {
        return article.info().id();
    }

    /** A freshly ingested article, waiting for extraction. */
    public static StoredArticle received(Article article, String source, Instant at) {
        return new StoredArticle(article, source, at, ArticleStatus.STORED, null, null);
    }
}

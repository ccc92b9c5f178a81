package io.parley.service;

import io.parley.ingest.ArticleReader;
import io.parley.ingest.FieldLimits;
import io.parley.ingest.InvalidArticleException;
import io.parley.model.Article;

/**
 * ArticleIntake reads an {@link Upload} into the article every entry point ingests: the reader's format
 * detection and limits, then the upload's override date, its check, and its metadata defaults, in that order;
 * the metadata defaults (a feed's entry title, an S3 object's metadata) are held to the same {@link FieldLimits}.
 */
public final class ArticleIntake {

    private final ArticleReader reader;

    public ArticleIntake(long maxBytes) {
        this.reader = new ArticleReader(maxBytes);
    }

    /**
     * The article of an upload.
     *
     * @throws InvalidArticleException when it is not a readable article (the reason is user-facing)
     */
    public Article read(Upload upload) throws InvalidArticleException {
        Article article = upload.check().check(reader.read(upload.bytes(), upload.published(), upload.contentType()));
        Article completed = upload.defaults().applyTo(article);
        FieldLimits.check(completed.info());
        return completed;
    }
}

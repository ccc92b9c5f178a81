package io.parley.service;

import io.parley.ingest.InvalidArticleException;
import io.parley.model.Article;

/** A rule an entry point adds to reading an upload: it may refuse the article or complete it. */
@FunctionalInterface
public interface ArticleCheck {

    /** Accepts everything as read. */
    ArticleCheck NONE = article -> article;

    /**
     * The article to ingest.
     *
     * @throws InvalidArticleException with the reason, written for the person who supplied it, to reject it
     */
    Article check(Article article) throws InvalidArticleException;
}

package io.parley.store;

/** Thrown when an operation names an article that is not stored. */
public class ArticleNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArticleNotFoundException(String articleId) {
        super("no article with id " + articleId);
    }
}

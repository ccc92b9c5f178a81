package io.parley.store;

/** The article does not fit one DynamoDB item even compressed; storing it again will not help. */
public class ArticleTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArticleTooLargeException(long bytes) {
        super("the article takes " + bytes + " bytes compressed, more than DynamoDB's 400 KB item limit ("
                + ItemSize.LIMIT + " bytes)");
    }
}

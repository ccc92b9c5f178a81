package io.parley.ingest;

import io.parley.model.ArticleInfo;

/**
 * FieldLimits bounds the metadata an article brings, which is stored beside its compressed text in one
 * DynamoDB item (400 KB at most) and shown in every answer: a headline of at most {@value #MAX_TITLE}
 * characters, a URL of at most {@value #MAX_URL} and an outlet name of at most {@value #MAX_OUTLET}.
 */
public final class FieldLimits {

    static final int MAX_TITLE = 1_000;
    static final int MAX_URL = 2_048;
    static final int MAX_OUTLET = 200;

    private FieldLimits() {
    }

    /** Refuses the article when one of its fields is longer than its limit. */
    public static void check(ArticleInfo info) throws InvalidArticleException {
        check("headline", info.title(), MAX_TITLE);
        check("URL", info.url(), MAX_URL);
        check("outlet", info.outlet(), MAX_OUTLET);
    }

    private static void check(String field, String value, int max) throws InvalidArticleException {
        if (value != null && value.length() > max) {
            throw new InvalidArticleException("the " + field + " is " + value.length() + " characters long, more than the "
                    + "limit of " + max);
        }
    }
}

package io.parley.ingest.html;

/**
 * PageTooComplexException says that a page holds more elements than {@link HtmlArticleExtractor} will work
 * through, so its main text is refused rather than computed at a cost no caller can wait for. Its message is
 * meant for users.
 */
public final class PageTooComplexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PageTooComplexException(int elements, int limit) {
        super("the page is too complex: " + elements + " HTML elements or more, more than the limit of " + limit);
    }
}

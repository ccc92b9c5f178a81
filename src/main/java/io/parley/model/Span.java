package io.parley.model;

/**
 * A Span is a stretch of the article text: {@code articleText.substring(start, end)} equals {@link #text()}.
 */
public record Span(int start, int end, String text) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("span text does not match its offsets");
        }
    }

    /** The span of {@code text} between {@code start} (inclusive) and {@code end} (exclusive). */
    public static Span of(String text, int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }
}

package io.parley.extract;

/** A Paragraph is one non-blank line of the article text, trimmed; paragraph 0 is the headline. */
record Paragraph(int index, int start, int end) {
}

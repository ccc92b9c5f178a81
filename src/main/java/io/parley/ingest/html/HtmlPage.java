package io.parley.ingest.html;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An HtmlPage is what {@link HtmlArticleExtractor} reads from one web page.
 *
 * @param title        the headline, site-name suffixes trimmed; empty when the page has none
 * @param published    the publication date as the page states it, or {@code null}
 * @param canonicalUrl the canonical address, or {@code null}
 * @param text         the article's main text, one paragraph per line; empty when none was found
 */
public record HtmlPage(String title, LocalDate published, String canonicalUrl, String text) {

    public HtmlPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}

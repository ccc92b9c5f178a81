package io.parley.model;

import java.time.LocalDate;

/**
 * The metadata of an article: what the extraction JSON reports under {@code "article"}.
 *
 * @param id        stable identifier (a content hash or a caller-given id)
 * @param title     the headline, or {@code null}
 * @param published the publication date, or {@code null} when unknown
 * @param url       canonical address, or {@code null}
 * @param outlet    the publishing outlet, or {@code null}
 */
public record ArticleInfo(String id, String title, LocalDate published, String url, String outlet) {

    /** Returns a copy with another publication date. */
    public ArticleInfo withPublished(LocalDate date) {
        return new ArticleInfo(id, title, date, url, outlet);
    }
}

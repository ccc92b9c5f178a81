package io.parley.scrape;

import java.time.LocalDate;

/**
 * A FeedEntry is one item of a feed: the article's address, its title and date as the feed gives them.
 *
 * @param link      the article page: absolute when it could be resolved, else as the feed wrote it
 * @param title     the entry title, or {@code null}
 * @param published the publication (or else update) date, or {@code null}
 */
record FeedEntry(String link, String title, LocalDate published) {
}

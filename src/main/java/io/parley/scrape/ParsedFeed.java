package io.parley.scrape;

import java.util.List;

/**
 * A ParsedFeed is what a feed lists.
 *
 * @param title   the feed's title (the outlet's name), or {@code null}
 * @param entries its entries in feed order; entries without a link are left out
 */
record ParsedFeed(String title, List<FeedEntry> entries) {

    ParsedFeed {
        entries = List.copyOf(entries);
    }
}

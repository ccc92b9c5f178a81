package io.parley.scrape;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.xml.sax.InputSource;

/**
 * FeedParser reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome, which refuses DOCTYPE declarations and so
 * external entities. Entries without a link are skipped; relative links are resolved against the feed's
 * address. Malformed XML, or XML that is no feed, is a permanent {@link FetchException}.
 */
final class FeedParser {

    /** Parses a feed fetched from {@code feedUrl}. */
    ParsedFeed parse(byte[] xml, URI feedUrl) throws FetchException {
        SyndFeed feed = read(xml);
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            link(entry, feedUrl).ifPresent(link -> entries.add(new FeedEntry(link, blankToNull(entry.getTitle()), date(entry))));
        }
        return new ParsedFeed(blankToNull(feed.getTitle()), entries);
    }

    private static SyndFeed read(byte[] xml) throws FetchException {
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            return input.build(new InputSource(new ByteArrayInputStream(xml)));
        } catch (FeedException | RuntimeException e) {
            throw FetchException.permanent("malformed feed: " + firstLine(e.getMessage()));
        }
    }

    private static Optional<String> link(SyndEntry entry, URI feedUrl) {
        String href = entry.getLink();
        if (href == null) {
            href = entry.getLinks().stream().filter(l -> l.getRel() == null || l.getRel().equals("alternate"))
                    .map(SyndLink::getHref).findFirst().orElse(entry.getUri());
        }
        return href == null || href.isBlank() ? Optional.empty()
                : Optional.of(Urls.absolute(feedUrl, href).map(URI::toString).orElse(href.strip()));
    }

    private static LocalDate date(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable XML" : message.lines().findFirst().orElse(message);
    }
}

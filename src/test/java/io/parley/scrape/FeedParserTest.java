package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final String BASE = "https://envoy.example";
    private final FeedParser parser = new FeedParser();

    private static byte[] fixture(String name) {
        return new String(TestSite.fixtureBytes(name), StandardCharsets.UTF_8).replace("${BASE}", BASE)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsAnRssFeedWithItsTitleLinksAndDates() throws Exception {
        ParsedFeed feed = parser.parse(fixture("envoy-rss.xml"), URI.create(BASE + "/feeds/world.rss"));
        assertEquals("The Daily Envoy - World", feed.title());
        assertEquals(6, feed.entries().size());
        FeedEntry first = feed.entries().get(0);
        assertEquals(BASE + "/world/2025/11/18/arvenia-beltrasia-border-talks?utm_source=rss&utm_medium=feed", first.link());
        assertEquals("Arvenia and Beltrasia agree to reopen border talks in Geneva", first.title());
        assertEquals(LocalDate.of(2025, 11, 18), first.published());
    }

    @Test
    void resolvesRelativeLinksAgainstTheFeedAddress() throws Exception {
        ParsedFeed feed = parser.parse(fixture("envoy-rss.xml"), URI.create(BASE + "/feeds/world.rss"));
        assertEquals(BASE + "/world/2025/11/17/kestria-morvania-gas-deal", feed.entries().get(1).link());
    }

    @Test
    void readsAnAtomFeedUsingTheAlternateLinkAndFallingBackToTheUpdatedDate() throws Exception {
        ParsedFeed feed = parser.parse(fixture("courier-atom.xml"), URI.create(BASE + "/diplomacy/atom.xml"));
        assertEquals("The Harbour Courier: Diplomacy", feed.title());
        assertEquals(BASE + "/diplomacy/lorhaven-summit-fishing-rights", feed.entries().get(0).link());
        assertEquals(LocalDate.of(2025, 11, 19), feed.entries().get(0).published());
        assertEquals(LocalDate.of(2025, 11, 18), feed.entries().get(1).published());
    }

    @Test
    void malformedXmlIsAPermanentFailure() {
        FetchException e = assertThrows(FetchException.class,
                () -> parser.parse(fixture("malformed.xml"), URI.create(BASE + "/feed")));
        assertTrue(e.getMessage().startsWith("malformed feed: "), e.getMessage());
        assertFalse(e.retryable());
    }

    @Test
    void xmlThatIsNoFeedIsRefused() {
        byte[] sitemap = "<?xml version=\"1.0\"?><urlset><url><loc>https://envoy.example/</loc></url></urlset>"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(FetchException.class, () -> parser.parse(sitemap, URI.create(BASE + "/feed")));
    }

    @Test
    void anHtmlPageInsteadOfAFeedIsRefused() {
        assertThrows(FetchException.class, () -> parser.parse(fixture("envoy-world-front.html"), URI.create(BASE + "/feed")));
    }

    @Test
    void refusesADoctypeSoNoExternalEntityIsRead() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><link>https://envoy.example/a</link></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        FetchException e = assertThrows(FetchException.class, () -> parser.parse(xxe, URI.create(BASE + "/feed")));
        assertTrue(e.getMessage().startsWith("malformed feed"), e.getMessage());
    }
}

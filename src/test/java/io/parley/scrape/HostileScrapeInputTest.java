package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.service.IngestService;
import io.parley.store.InMemoryStore;
import io.parley.testing.HostileInputs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: hostile feeds and pages on a local site, through a whole scrape run over memory storage: XML entity
 * bombs and external entities, malformed and huge feeds, the corpus's pages, redirects to the metadata address in
 * its IPv4 and IPv6 spellings. The run finishes, records each failure with its reason, stores no refused page and
 * no file content. The timeout is a hang guard, not a speed check.
 */
class HostileScrapeInputTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-19T08:00:00Z"), ZoneOffset.UTC);
    private static final ScrapeSettings SETTINGS = ScrapeSettings.defaults().withAllowedHosts(java.util.Set.of("127.0.0.1"))
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)).withMaxBytes(HostileInputs.OVER_LIMIT - 1)
            .withHostDelay(Duration.ZERO);

    private final TestSite site = TestSite.start();
    private final InMemoryStore store = new InMemoryStore();
    private final List<String> queued = new ArrayList<>();
    private final Scraper scraper = new Scraper(store.feeds(), new IngestService(store, queued::add, CLOCK), SETTINGS, CLOCK,
            () -> new PoliteFetcher(SETTINGS, Resolver.SYSTEM, System::nanoTime, d -> { }));

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void xmlBombsExternalEntitiesAndBrokenFeedsFailAloneWithAReason() {
        site.text("/robots.txt", 404, "text/plain", "");
        site.text("/laughs.xml", 200, "application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
                + "<rss version=\"2.0\"><channel><title>&g;</title><item><title>&g;</title><link>" + site.base() + "/p</link>"
                + "</item></channel></rss>");
        site.text("/xxe.xml", 200, "application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title>"
                + "<link>" + site.base() + "/p</link><description>&x;</description></item></channel></rss>");
        site.text("/broken.xml", 200, "application/rss+xml", "<rss><channel><item><title>Talks</title><link>");
        site.text("/binary.xml", 200, "application/rss+xml", HostileInputs.all().get(3).text());
        site.text("/nested.xml", 200, "application/rss+xml", "<rss version=\"2.0\"><channel>" + "<x>".repeat(50_000)
                + "</x>".repeat(50_000) + "</channel></rss>");
        List<String> feeds = List.of("/laughs.xml", "/xxe.xml", "/broken.xml", "/binary.xml", "/nested.xml").stream()
                .map(p -> site.base() + p).toList();

        ScrapeReport report = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> scraper.scrape(feeds));

        assertEquals(feeds.size(), report.feeds().size());
        for (FeedReport feed : report.feeds()) {
            boolean readNothing = feed.status() == FeedReport.Status.FAILED || feed.entries().isEmpty()
                    || feed.entries().stream().noneMatch(e -> e.outcome() == EntryOutcome.NEW);
            assertTrue(readNothing, feed.toString());
        }
        assertFalse(store.articleIds().iterator().hasNext(), "nothing stored");
        assertFalse(report.toString().contains("root:"), "no file content read through an external entity");
    }

    @Test
    void hostilePagesAndRedirectsToTheMetadataAddressAreRecordedAsFailures() {
        site.text("/robots.txt", 404, "text/plain", "");
        StringBuilder items = new StringBuilder();
        List<HostileInputs.Input> corpus = HostileInputs.all();
        for (int i = 0; i < corpus.size(); i++) {
            site.text("/page/" + i, 200, "text/html; charset=utf-8", corpus.get(i).text());
            items.append(item(site.base() + "/page/" + i));
        }
        List<String> metadata = List.of("http://169.254.169.254/latest/meta-data/", "http://[::a9fe:a9fe]/latest/",
                "http://[::ffff:0:a9fe:a9fe]/", "http://[64:ff9b::a9fe:a9fe]/", "http://2852039166/", "http://[fd00:ec2::254]/");
        for (int i = 0; i < metadata.size(); i++) {
            site.redirect("/jump/" + i, 302, metadata.get(i));
            items.append(item(site.base() + "/jump/" + i));
        }
        site.text("/feed.xml", 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Hostile Wire</title>"
                + items + "</channel></rss>");

        ScrapeReport report = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> scraper.scrape(List.of(site.base() + "/feed.xml")));

        List<EntryReport> entries = report.feeds().get(0).entries();
        for (EntryReport e : entries) {
            assertTrue(e.outcome() != EntryOutcome.NEW || e.url().contains("/page/"), e.toString());
            if (e.url().contains("/jump/")) {
                assertTrue(e.reason() != null && e.reason().contains("refused"), e.toString());
            }
        }
        assertTrue(site.paths().stream().noneMatch(p -> p.contains("meta-data")), site.paths().toString());
    }

    private static String item(String link) {
        return "<item><title>Envoys confer</title><link>" + link + "</link></item>";
    }
}

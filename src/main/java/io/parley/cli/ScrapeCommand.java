package io.parley.cli;

import io.parley.extract.Extractor;
import io.parley.service.ExtractService;
import io.parley.service.IngestService;
import io.parley.scrape.FeedReport;
import io.parley.scrape.ScrapeReport;
import io.parley.scrape.ScrapeSettings;
import io.parley.scrape.Scraper;
import io.parley.store.DynamoFeedStore;
import io.parley.store.DynamoParleyStore;
import io.parley.store.FeedStore;
import io.parley.store.ParleyStore;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * {@code parley scrape}: one scrape run into the local DynamoDB (data under {@code .parley/}), extracting
 * each new article at once, then prints what it found: new, already seen, duplicate, failed with the reason.
 */
final class ScrapeCommand implements Command {

    @Override
    public String name() {
        return "scrape";
    }

    @Override
    public String synopsis() {
        return "[--feed URL]... [--allow-host HOST]...   (no --feed: every feed of `parley feeds list`)";
    }

    @Override
    public String summary() {
        return "read feeds and store their new articles locally; --allow-host lets it reach e.g. 127.0.0.1";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException {
        RepeatedOption feedUrls = RepeatedOption.take(argList, "feed");
        RepeatedOption hosts = RepeatedOption.take(feedUrls.remaining(), "allow-host");
        if (!Args.parse(hosts.remaining(), Set.of(), Set.of()).positionals().isEmpty()) {
            throw new UsageException("takes no positional arguments; give feeds with --feed URL");
        }
        ScrapeSettings settings = ScrapeSettings.defaults().withAllowedHosts(Set.copyOf(hosts.values()));
        try (LocalEnvironment env = LocalEnvironment.start()) {
            Scraper scraper = scraper(env, settings, terminal.err());
            ScrapeReport report = feedUrls.values().isEmpty() ? scraper.scrapeAll() : scraper.scrape(feedUrls.values());
            terminal.out().print(report.format());
            return report.count(FeedReport.Status.FAILED) == 0 ? Main.OK : Main.FAILED;
        }
    }

    private static Scraper scraper(LocalEnvironment env, ScrapeSettings settings, PrintStream err) {
        ParleyStore store = new DynamoParleyStore(env.dynamo(), LocalEnvironment.TABLE);
        FeedStore feeds = new DynamoFeedStore(env.dynamo(), LocalEnvironment.TABLE);
        ExtractService extraction = new ExtractService(store, Extractor.create());
        IngestService ingest = new IngestService(store, id -> extract(extraction, id, err), Clock.systemUTC());
        return new Scraper(feeds, ingest, settings, Clock.systemUTC());
    }

    /** Extracts at once; a failure is already recorded on the article, so it is only reported here. */
    private static void extract(ExtractService extraction, String articleId, PrintStream err) {
        try {
            extraction.extract(articleId);
        } catch (RuntimeException e) {
            err.println("parley scrape: " + e.getMessage());
        }
    }
}

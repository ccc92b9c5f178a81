package io.parley.cli;

import io.parley.app.Settings;
import io.parley.json.Json;
import io.parley.scrape.FeedReport;
import io.parley.scrape.ScrapeReport;
import io.parley.scrape.ScrapeSummary;
import io.parley.scrape.Scraper;
import java.util.List;
import java.util.Set;

/**
 * {@code parley scrape}: one scrape run into the local DynamoDB (data under {@code .parley/}), extracting
 * each new article, then prints what it found: new, already seen, duplicate, failed with the reason.
 */
final class ScrapeCommand implements Command {

    private final Storage storage;

    ScrapeCommand(Storage storage) {
        this.storage = storage;
    }

    @Override
    public String name() {
        return "scrape";
    }

    @Override
    public String synopsis() {
        return "[--feed URL]... [--allow-host HOST]... [--json]   (no --feed: every feed of `parley feeds list`)";
    }

    @Override
    public String summary() {
        return "read feeds and store their new articles locally; --allow-host lets it reach e.g. 127.0.0.1";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException {
        RepeatedOption feedUrls = RepeatedOption.take(argList, "feed");
        RepeatedOption hosts = RepeatedOption.take(feedUrls.remaining(), "allow-host");
        Args args = Args.parse(hosts.remaining(), Set.of(), Set.of("json"));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("takes no positional arguments; give feeds with --feed URL");
        }
        Settings settings = Settings.defaults().withAllowedHosts(Set.copyOf(hosts.values()));
        try (LocalPipeline pipeline = LocalPipeline.start(storage, settings)) {
            Scraper scraper = pipeline.scraper();
            ScrapeReport report = feedUrls.values().isEmpty() ? scraper.scrapeAll() : scraper.scrape(feedUrls.values());
            pipeline.drain(extraction -> { }, e -> terminal.err().println("parley scrape: " + e.getMessage()));
            terminal.out().print(args.flag("json") ? Json.write(new Result(report.summary(), report.feeds())) + "\n"
                    : report.format());
            return report.count(FeedReport.Status.FAILED) == 0 ? Main.OK : Main.FAILED;
        }
    }

    /** The {@code --json} form of a run: its totals, then every feed with its entries. */
    record Result(ScrapeSummary summary, List<FeedReport> feeds) {
    }
}

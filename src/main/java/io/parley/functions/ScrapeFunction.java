package io.parley.functions;

import io.parley.ops.LogContext;
import io.parley.ops.Metric;
import io.parley.ops.MetricName;
import io.parley.ops.Metrics;
import io.parley.scrape.FeedSeeds;
import io.parley.scrape.ScrapeReport;
import io.parley.scrape.ScrapeSummary;
import io.parley.scrape.Scraper;
import io.parley.store.FeedStore;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Scrapes every configured feed when the EventBridge schedule fires, and returns the run's totals. */
public class ScrapeFunction {

    private static final Logger LOG = Logger.getLogger(ScrapeFunction.class);

    @Inject
    Scraper scraper;

    @Inject
    FeedStore feeds;

    @Inject
    Metrics metrics;

    @ConfigProperty(name = "parley.feeds")
    Optional<String> seeds;

    @Funq("scrape")
    public ScrapeSummary scrape(ScheduledEvent event) {
        LogContext.Scope request = LogContext.request(null);
        try {
            return scrapeAll(event);
        } finally {
            request.close();
        }
    }

    private ScrapeSummary scrapeAll(ScheduledEvent event) {
        FeedSeeds.seed(feeds, seeds.orElse(null));
        ScrapeReport report = scraper.scrapeAll();
        ScrapeSummary summary = report.summary();
        metrics.record(Metric.of(MetricName.SCRAPE_PAGES_FETCHED, summary.newArticles() + summary.duplicates()),
                Metric.of(MetricName.SCRAPE_PAGES_REFUSED, summary.failed()));
        LOG.infof("scrape %s at %s: %d new, %d seen, %d duplicate, %d failed over %d feeds", event.id(), event.time(),
                summary.newArticles(), summary.seen(), summary.duplicates(), summary.failed(), summary.feeds());
        summary.failures().forEach(f -> LOG.warnf("scrape failure: %s", f));
        return summary;
    }
}

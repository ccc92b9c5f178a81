package io.parley.app;

import io.parley.ingest.ArticleReader;
import io.parley.scrape.ScrapeSettings;
import java.util.Set;

/**
 * The limits the services run with: the largest article file ingest reads ({@code parley.max-article-bytes})
 * and the scraper's limits and allow-list.
 */
public record Settings(long maxArticleBytes, ScrapeSettings scrape) {

    /** Production limits: 5 MB articles, the scraper's defaults with no host allowed past the address guard. */
    public static Settings defaults() {
        return new Settings(ArticleReader.DEFAULT_MAX_BYTES, ScrapeSettings.defaults());
    }

    public Settings withMaxArticleBytes(long bytes) {
        return new Settings(bytes, scrape);
    }

    /** The same settings with these hosts reachable although the address guard refuses them (tests, local runs). */
    public Settings withAllowedHosts(Set<String> hosts) {
        return new Settings(maxArticleBytes, scrape.withAllowedHosts(hosts));
    }
}

package io.parley.scrape;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RobotsPolicy is the fetch step that honours robots.txt: it refuses a URL that the site's robots.txt
 * disallows for Parley's robot name. Rules are read once per site (scheme, host and port) and kept for the
 * life of this object, one scrape run. When robots.txt cannot be read, a 4xx answer allows everything (the
 * site has none) and anything else (5xx, timeout, refused address) disallows the whole site for this run.
 * A {@code Crawl-delay} is passed to the rate limit, up to {@link #MAX_CRAWL_DELAY}.
 */
final class RobotsPolicy implements FetchStep {

    /** The longest Crawl-delay honoured: longer ones would keep a scheduled run from finishing. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(5);

    private final String robotName;
    private final FetchStep.Chain robotsFetch;
    private final HostRateLimiter limiter;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Rules> cache = new ConcurrentHashMap<>();

    /**
     * @param robotName   the product token matched against {@code User-agent} lines, e.g. {@code parleybot}
     * @param robotsFetch the chain that fetches robots.txt itself (guard, rate limit, redirects; not this step)
     * @param limiter     told of each site's Crawl-delay (up to {@link #MAX_CRAWL_DELAY})
     */
    RobotsPolicy(String robotName, FetchStep.Chain robotsFetch, HostRateLimiter limiter) {
        this.robotName = robotName.toLowerCase(Locale.ROOT);
        this.robotsFetch = robotsFetch;
        this.limiter = limiter;
    }

    @Override
    public FetchResponse fetch(FetchRequest request, Chain chain) throws FetchException {
        if (request.uri().getPath() != null && request.uri().getPath().equals("/robots.txt")) {
            return chain.proceed(request);
        }
        Rules rules = cache.computeIfAbsent(site(request.uri()), this::load);
        if (!rules.rules().isAllowed(request.uri().toString())) {
            throw rules.unavailable() == null
                    ? FetchException.permanent("disallowed by robots.txt: " + request.uri())
                    : FetchException.transientFailure("robots.txt unavailable (" + rules.unavailable() + "): " + request.uri());
        }
        return chain.proceed(request);
    }

    private Rules load(String site) {
        URI robots = URI.create(site + "/robots.txt");
        try {
            FetchResponse r = robotsFetch.proceed(FetchRequest.get(robots, FetchRequest.ROBOTS));
            if (r.ok()) {
                String type = r.header("content-type");
                BaseRobotRules rules = parser.parseContent(robots.toString(), r.body(), type, List.of(robotName));
                honourCrawlDelay(robots.getHost(), rules.getCrawlDelay());
                return new Rules(rules, null);
            }
            return r.status() >= 400 && r.status() < 500 ? new Rules(allow(), null) : new Rules(disallow(), "HTTP " + r.status());
        } catch (FetchException e) {
            return new Rules(disallow(), e.getMessage());
        }
    }

    private void honourCrawlDelay(String host, long millis) {
        if (millis > 0) {
            limiter.slowDown(host, Duration.ofMillis(Math.min(millis, MAX_CRAWL_DELAY.toMillis())));
        }
    }

    private static String site(URI uri) {
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port;
    }

    private static BaseRobotRules allow() {
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
    }

    private static BaseRobotRules disallow() {
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
    }

    /** The rules of one site, and why robots.txt could not be read when it could not. */
    private record Rules(BaseRobotRules rules, String unavailable) {
    }
}

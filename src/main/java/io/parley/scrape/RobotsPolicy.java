package io.parley.scrape;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RobotsPolicy is the fetch step that honours robots.txt: it refuses a URL that the site's robots.txt
 * disallows for Parley's robot name. Rules are read once per site (scheme, host and port) and kept for the
 * life of this object, one scrape run. When robots.txt cannot be read, a 4xx answer allows everything (the
 * site has none) and anything else (5xx, timeout, refused address) disallows the whole site for this run.
 */
final class RobotsPolicy implements FetchStep {

    private final String robotName;
    private final FetchStep.Chain robotsFetch;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Rules> cache = new ConcurrentHashMap<>();

    /**
     * @param robotName   the product token matched against {@code User-agent} lines, e.g. {@code parleybot}
     * @param robotsFetch the chain that fetches robots.txt itself (guard, rate limit, redirects; not this step)
     */
    RobotsPolicy(String robotName, FetchStep.Chain robotsFetch) {
        this.robotName = robotName.toLowerCase(Locale.ROOT);
        this.robotsFetch = robotsFetch;
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
                return new Rules(parser.parseContent(robots.toString(), r.body(), r.header("content-type"), List.of(robotName)), null);
            }
            return r.status() >= 400 && r.status() < 500 ? new Rules(allow(), null) : new Rules(disallow(), "HTTP " + r.status());
        } catch (FetchException e) {
            return new Rules(disallow(), e.getMessage());
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

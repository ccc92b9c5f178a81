package io.parley.ops;

import java.util.Locale;

/** A MetricName is one of Parley's metrics, with the unit CloudWatch shows it in. */
public enum MetricName {
    /** Articles stored for the first time (S3, API, scrape). */
    ARTICLES_INGESTED("ArticlesIngested", Unit.COUNT),
    /** Articles whose content was already stored. */
    ARTICLES_DUPLICATE("ArticlesDuplicate", Unit.COUNT),
    /** Inputs that were not a readable article. */
    ARTICLES_REJECTED("ArticlesRejected", Unit.COUNT),
    /** Articles whose extraction (or storing its facts) failed; the message goes back to the queue. */
    EXTRACTION_FAILURES("ExtractionFailures", Unit.COUNT),
    /** Actor mentions one revision of an actor group filed under another profile (a join or split). */
    ACTOR_MENTIONS_MOVED("ActorMentionsMoved", Unit.COUNT),
    /** Meetings found in one extracted article. */
    MEETINGS_PER_ARTICLE("MeetingsPerArticle", Unit.COUNT),
    /** Statements found in one extracted article. */
    STATEMENTS_PER_ARTICLE("StatementsPerArticle", Unit.COUNT),
    /** Time to extract and store one article. */
    EXTRACTION_MILLISECONDS("ExtractionMilliseconds", Unit.MILLISECONDS),
    /** Questions answered by POST /ask. */
    QUESTIONS_ANSWERED("QuestionsAnswered", Unit.COUNT),
    /** Pages a scrape run fetched and read (new or duplicate articles). */
    SCRAPE_PAGES_FETCHED("ScrapePagesFetched", Unit.COUNT),
    /** Pages a scrape run refused or failed (robots.txt, address guard, size, errors, not an article). */
    SCRAPE_PAGES_REFUSED("ScrapePagesRefused", Unit.COUNT),
    /** Articles queued again for extraction by a re-extract run. */
    ARTICLES_REQUEUED("ArticlesRequeued", Unit.COUNT);

    /** CloudWatch units used by Parley's metrics. */
    public enum Unit {
        COUNT, MILLISECONDS;

        /** The unit's CloudWatch name: "Count", "Milliseconds". */
        public String cloudWatchName() {
            String lower = name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
    }

    private final String metricName;
    private final Unit unit;

    MetricName(String metricName, Unit unit) {
        this.metricName = metricName;
        this.unit = unit;
    }

    /** The name CloudWatch shows. */
    public String metricName() {
        return metricName;
    }

    public Unit unit() {
        return unit;
    }
}

package io.parley.app;

import io.parley.api.ApiRouter;
import io.parley.api.QueryApi;
import io.parley.ask.AskService;
import io.parley.extract.Extractor;
import io.parley.ops.ReextractService;
import io.parley.scrape.Scraper;
import io.parley.service.ActorRevisionService;
import io.parley.service.ArticleIntake;
import io.parley.service.ExtractService;
import io.parley.service.IngestService;
import io.parley.service.RevisionQueue;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Parley builds every service from its ports, one clock and the settings: the one wiring that the Lambda
 * functions (through thin CDI producers), the command line and the tests share. The clock is UTC whatever
 * is passed, so "today" for a question is the UTC date everywhere. Services are built on first use (the
 * extractor loads its lexicons, the question answerer its word lists) and then shared; all are thread-safe.
 */
public final class Parley {

    private final Ports ports;
    private final Clock clock;
    private final Settings settings;
    private final IngestService ingest;
    private final Lazy<Extractor> extractor;
    private final Lazy<ExtractService> extract;
    private final ActorRevisionService revision;
    private final Lazy<AskService> ask;
    private final Lazy<ApiRouter> api;
    private final Lazy<Scraper> scraper;

    private Parley(Ports ports, Clock clock, Settings settings) {
        this.ports = ports;
        this.clock = clock;
        this.settings = settings;
        this.ingest = new IngestService(ports.store(), ports.queue(), clock, new ArticleIntake(settings.maxArticleBytes()),
                ports.metrics());
        this.extractor = new Lazy<>(Extractor::create);
        this.revision = new ActorRevisionService(ports.store(), ports.metrics());
        RevisionQueue revisions = ports.revisions() == RevisionQueue.IN_PROCESS ? revision::revise : ports.revisions();
        this.extract = new Lazy<>(() -> new ExtractService(ports.store(), extractor.get()::extract, ports.metrics(), revisions));
        this.ask = new Lazy<>(() -> new AskService(ports.store(), clock));
        this.api = new Lazy<>(() -> QueryApi.router(ports.store(), ingest, ask.get()));
        this.scraper = new Lazy<>(() -> new Scraper(ports.feeds(), ingest, settings.scrape(), clock));
    }

    /** Wires the services over {@code ports}; {@code clock} is used in UTC. */
    public static Parley wire(Ports ports, Clock clock, Settings settings) {
        return new Parley(ports, clock.withZone(ZoneOffset.UTC), settings);
    }

    public Ports ports() {
        return ports;
    }

    /** The one clock, in UTC. */
    public Clock clock() {
        return clock;
    }

    public Settings settings() {
        return settings;
    }

    /** Stores uploads once and queues them for extraction. */
    public IngestService ingest() {
        return ingest;
    }

    /** The one extractor (built on first use: it loads its lexicons), shared by extraction and SnapStart priming. */
    public Extractor extractor() {
        return extractor.get();
    }

    /** Extracts stored articles; the extractor is built on first use. */
    public ExtractService extract() {
        return extract.get();
    }

    /** Runs "revise actors" jobs: the one service behind the extract function's revision messages and the local run. */
    public ActorRevisionService actorRevision() {
        return revision;
    }

    /** Answers questions, with "today" the UTC date of the clock. */
    public AskService ask() {
        return ask.get();
    }

    /** The HTTP API as plain Java. */
    public ApiRouter api() {
        return api.get();
    }

    /** Queues every stored article for extraction again (after the rules change). */
    public ReextractService reextract() {
        return new ReextractService(ports.store().articleIds(), ports.queue()::send, ports.metrics());
    }

    /** Reads the stored feeds and ingests their new articles. */
    public Scraper scraper() {
        return scraper.get();
    }
}

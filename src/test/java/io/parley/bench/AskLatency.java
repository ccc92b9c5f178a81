package io.parley.bench;

import io.parley.extract.Extractor;
import io.parley.ingest.ExampleArticles;
import io.parley.model.Actor;
import io.parley.model.Extraction;
import io.parley.model.Meeting;
import io.parley.model.MeetingEntry;
import io.parley.model.Statement;
import io.parley.service.ExtractService;
import io.parley.service.IngestService;
import io.parley.ask.AskService;
import io.parley.store.DynamoParleyStore;
import io.parley.store.MeetingFilter;
import io.parley.store.Page;
import io.parley.store.PageRequest;
import io.parley.store.ParleyStore;
import io.parley.store.StatementFilter;
import io.parley.store.StoredArticle;
import io.parley.testing.Dynalite;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How long questions and listings take over a store of N statements in dynalite (DynamoDB in memory, run by
 * node; see {@link Dynalite}), and how many DynamoDB reads each needs. It ingests and extracts the 8 shipped
 * examples for real, then stores synthetic articles of about 33 statements each ({@link SyntheticNews}, fixed
 * seed) whose hand-built extractions bring the total to N statements (default 10,000; the first argument), then
 * asks 50 warm-up questions and times 300 more ({@value #MEASURED}): the six kinds of {@link AskService#ask}
 * question the README lists, a free-word listing ({@code /statements?q=}), the meetings listing as
 * {@code GET /meetings} serves it (all, and of a country; each item with its event's id), an actor's timeline and
 * the events listing ({@code GET /events}, all or of a country), in turn. Every call goes through a {@link CapacityMeter}, so each kind
 * also reports its requests and read units per call. Today is fixed at 2025-11-27, so "this month" is
 * November 2025.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench.classpath) io.parley.bench.AskLatency [N]
 * </pre>
 * It prints {@code ASKLATENCY statements=… questions=… p50_ms=… p90_ms=… p99_ms=… max_ms=…} over the
 * {@code POST /ask} questions, {@code ALLLATENCY} over every call, then one {@code ASKKIND} line per kind; with
 * {@code -Dparley.bench.calls=true} also one {@code ASKCALL} line per timed call (kind, time, requests, read units, text).
 */
public final class AskLatency {

    static final Clock TODAY = Clock.fixed(Instant.parse("2025-11-27T12:00:00Z"), ZoneOffset.UTC);
    static final int STATEMENTS = 10_000;
    static final int STATEMENTS_PER_ARTICLE = 33;
    static final int MIN_SPEAKERS = 360;
    static final int MAX_SPEAKERS = 650;
    static final int WARMUP = 50;
    static final int MEASURED = 300;
    static final long DATA_SEED = 20251127L;
    static final long QUESTION_SEED = 42L;

    private static final String[] KINDS = {"said-about-topic", "met-in-city", "officials-of-two-countries",
            "said-about-words", "last-spoke-with", "said-this-month", "list-statements-q", "list-meetings",
            "list-meetings-country", "timeline", "list-events"};
    /** The kinds that are {@code POST /ask} questions; the others are listings and timelines. */
    private static final int ASK_KINDS = 6;
    /** One question of each kind over the shipped examples, asked now and then among the synthetic ones. */
    private static final String[] REAL = {"What did Lavrov say about Iran's nuclear programme?",
            "Who did Aref meet in Moscow?", "Which Russian officials met Iranian officials in November 2025?",
            "What was said about the snapback mechanism?", "When did Araghchi last speak with Lavrov?",
            "What has Lavrov said about the nuclear programme this month?"};

    private AskLatency() {
    }

    /** What was stored, to ask about: who spoke on which topics, who met whom where. */
    private static final class Known {
        final Map<String, Set<String>> topicsBySpeaker = new LinkedHashMap<>();
        final List<Meeting> meetings = new ArrayList<>();

        void add(Extraction x) {
            for (Statement s : x.statements()) {
                topicsBySpeaker.computeIfAbsent(s.speaker().name(), k -> new LinkedHashSet<>()).addAll(s.topics());
            }
            meetings.addAll(x.meetings());
        }
    }

    public static void main(String[] args) {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : STATEMENTS;
        int articles = Math.max(1, target / STATEMENTS_PER_ARTICLE);
        try (Dynalite dynalite = Dynalite.start()) {
            CapacityMeter meter = new CapacityMeter(dynalite.client());
            ParleyStore store = new DynamoParleyStore(meter, dynalite.table());
            long t0 = System.nanoTime();
            Known known = new Known();
            int real = storeExamples(store, known);
            int speakers = Math.min(MAX_SPEAKERS, Math.max(MIN_SPEAKERS, target / 150));
            SyntheticNews news = new SyntheticNews(DATA_SEED, speakers, LocalDate.of(2025, 6, 1),
                    LocalDate.of(2025, 11, 27));
            int synthetic = storeSynthetic(store, news, articles, target - real, known);
            double fillSeconds = (System.nanoTime() - t0) / 1e9;
            int stored = countStatements(store);
            System.out.printf("FILL real_statements=%d synthetic_statements=%d stored_statements=%d articles=%d "
                    + "speakers=%d fill_s=%.1f%n", real, synthetic, stored, 8 + articles, known.topicsBySpeaker.size(),
                    fillSeconds);

            Calls calls = new Calls(store, new AskService(store, TODAY));
            List<Question> questions = questions(news, known, WARMUP + MEASURED);
            questions.subList(0, WARMUP).forEach(calls::answer);
            System.err.println("warmed up with " + WARMUP + " questions");
            List<Question> timed = questions.subList(WARMUP, questions.size());
            Measured m = new Measured(timed.size());
            for (int i = 0; i < timed.size(); i++) {
                meter.reset();
                long s = System.nanoTime();
                m.answered[i] = calls.answer(timed.get(i));
                m.nanos[i] = System.nanoTime() - s;
                m.requests[i] = meter.total().requests;
                m.readUnits[i] = meter.total().readUnits;
                if (Boolean.getBoolean("parley.bench.calls")) {
                    System.out.printf("ASKCALL %s ms=%.1f requests=%d rru=%.1f %s%n", KINDS[timed.get(i).kind()],
                            m.nanos[i] / 1e6, m.requests[i], m.readUnits[i], timed.get(i).text());
                }
            }
            report(stored, timed, m);
        }
    }

    /** What each timed call took: time, whether it found anything, DynamoDB requests and read units. */
    private static final class Measured {
        final long[] nanos;
        final boolean[] answered;
        final long[] requests;
        final double[] readUnits;

        Measured(int n) {
            nanos = new long[n];
            answered = new boolean[n];
            requests = new long[n];
            readUnits = new double[n];
        }
    }

    /** Runs a question of any kind: an {@code ask}, a listing's first page of 20, or a timeline. */
    private record Calls(ParleyStore store, AskService ask) {
        boolean answer(Question q) {
            return switch (KINDS[q.kind()]) {
                case "list-statements-q" -> !store.statements(new StatementFilter(null, null, q.text(), null, null),
                        PageRequest.first(PAGE)).items().isEmpty();
                case "list-meetings" -> meetingsPage(MeetingFilter.any());
                case "list-meetings-country" -> meetingsPage(new MeetingFilter(null, q.text(), null, null, null));
                case "list-events" -> !ask.events().events(new MeetingFilter(null, q.text().isEmpty() ? null : q.text(),
                        null, null, null), PageRequest.first(PAGE)).items().isEmpty();
                case "timeline" -> store.actors(q.text()).stream().findFirst().flatMap(p -> store.timeline(p.id()))
                        .map(t -> !t.meetings().isEmpty() || !t.statements().isEmpty()).orElse(false);
                default -> !ask.ask(q.text()).results().isEmpty();
            };
        }

        /** A page of meetings as {@code GET /meetings} serves it: each item with the id of the event it reports. */
        private boolean meetingsPage(MeetingFilter filter) {
            List<MeetingEntry> items = store.meetings(filter, PageRequest.first(PAGE)).items();
            return !ask.events().eventIds(items).isEmpty();
        }
    }

    private static final int PAGE = 20;

    private static int storeExamples(ParleyStore store, Known known) {
        Deque<String> queue = new ArrayDeque<>();
        IngestService ingest = new IngestService(store, queue::add, TODAY);
        ExtractService extract = new ExtractService(store, Extractor.create());
        ExampleArticles.load().forEach(e -> ingest.ingest(e.article(), e.file()));
        int statements = 0;
        for (String id : queue) {
            Extraction x = extract.extract(id);
            known.add(x);
            statements += x.statements().size();
        }
        return statements;
    }

    private static int storeSynthetic(ParleyStore store, SyntheticNews news, int articles, int statements, Known known) {
        int done = 0;
        for (int n = 0; n < articles; n++) {
            int here = (statements - done) / (articles - n);
            SyntheticNews.Story story = news.story(n, here);
            String id = story.article().info().id();
            store.saveNew(StoredArticle.received(story.article(), "bench", TODAY.instant()));
            store.saveExtraction(id, story.extraction(), Extractor.VERSION);
            known.add(story.extraction());
            done += here;
            if ((n + 1) % 500 == 0) {
                System.err.printf("stored %d synthetic articles, %d statements%n", n + 1, done);
            }
        }
        return done;
    }

    private static int countStatements(ParleyStore store) {
        int n = 0;
        String token = null;
        do {
            Page<?> page = store.statements(StatementFilter.any(), new PageRequest(PageRequest.MAX_LIMIT, token));
            n += page.items().size();
            token = page.next();
        } while (token != null);
        return n;
    }

    private record Question(int kind, String text) {
    }

    /** A fixed mix: the six kinds in turn, every tenth question one over the shipped examples. */
    private static List<Question> questions(SyntheticNews news, Known known, int count) {
        Random r = new Random(QUESTION_SEED);
        List<String> speakers = new ArrayList<>(known.topicsBySpeaker.keySet());
        List<Meeting> inPerson = known.meetings.stream().filter(m -> m.location() != null && m.participants().size() > 1)
                .toList();
        List<Meeting> pairs = known.meetings.stream().filter(m -> m.participants().size() > 1).toList();
        List<String> phrases = news.phrases();
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = i % KINDS.length;
            if (i % 10 == 9 && kind < ASK_KINDS) {
                out.add(new Question(kind, REAL[kind]));
                continue;
            }
            String text = switch (kind) {
                case 0 -> {
                    String x = speakers.get(r.nextInt(speakers.size()));
                    yield "What did " + x + " say about " + pickTopic(r, known.topicsBySpeaker.get(x), news) + "?";
                }
                case 1 -> {
                    Meeting m = inPerson.get(r.nextInt(inPerson.size()));
                    yield "Who did " + m.participants().get(r.nextInt(2)).name() + " meet in " + m.location() + "?";
                }
                case 2 -> {
                    Meeting m = pairs.get(r.nextInt(pairs.size()));
                    String d1 = demonym(m.participants().get(0), r);
                    String d2 = demonym(m.participants().get(1), r);
                    yield "Which " + d1 + " officials met " + d2 + " officials in November 2025?";
                }
                case 3 -> "What was said about " + phrases.get(r.nextInt(phrases.size())) + "?";
                case 4 -> {
                    Meeting m = pairs.get(r.nextInt(pairs.size()));
                    yield "When did " + m.participants().get(0).name() + " last speak with "
                            + m.participants().get(1).name() + "?";
                }
                case 5 -> {
                    String x = speakers.get(r.nextInt(speakers.size()));
                    yield "What has " + x + " said about " + pickTopic(r, known.topicsBySpeaker.get(x), news)
                            + " this month?";
                }
                case 6 -> phrases.get(r.nextInt(phrases.size())).replaceFirst("^the ", "");
                case 7 -> "";
                case 8 -> pairs.get(r.nextInt(pairs.size())).participants().get(0).country();
                case 9 -> speakers.get(r.nextInt(speakers.size()));
                default -> r.nextBoolean() ? "" : pairs.get(r.nextInt(pairs.size())).participants().get(0).country();
            };
            out.add(new Question(kind, text));
        }
        return out;
    }

    private static String pickTopic(Random r, Set<String> own, SyntheticNews news) {
        List<String> from = own == null || own.isEmpty() || r.nextInt(5) == 0 ? news.topics() : List.copyOf(own);
        return from.get(r.nextInt(from.size()));
    }

    private static String demonym(Actor a, Random r) {
        String d = a.country() == null ? null : SyntheticNews.demonym(a.country());
        return d != null ? d : new String[]{"Russian", "Iranian", "Chinese", "Turkish"}[r.nextInt(4)];
    }

    private static void report(int stored, List<Question> timed, Measured m) {
        List<Integer> asks = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            all.add(i);
            if (timed.get(i).kind() < ASK_KINDS) {
                asks.add(i);
            }
        }
        System.out.printf("ASKLATENCY statements=%d %s%n", stored, summary(asks, m));
        System.out.printf("ALLLATENCY statements=%d %s%n", stored, summary(all, m));
        for (int k = 0; k < KINDS.length; k++) {
            final int kind = k;
            List<Integer> idx = all.stream().filter(i -> timed.get(i).kind() == kind).toList();
            double reqMax = idx.stream().mapToLong(i -> m.requests[i]).max().orElse(0);
            double rruMax = idx.stream().mapToDouble(i -> m.readUnits[i]).max().orElse(0);
            System.out.printf("ASKKIND %-22s %s requests_max=%.0f rru_max=%.1f e.g. \"%s\"%n", KINDS[kind],
                    summary(idx, m), reqMax, rruMax, timed.get(idx.get(0)).text());
        }
    }

    private static String summary(List<Integer> idx, Measured m) {
        long[] these = idx.stream().mapToLong(i -> m.nanos[i]).toArray();
        long answered = idx.stream().filter(i -> m.answered[i]).count();
        double requests = idx.stream().mapToLong(i -> m.requests[i]).average().orElse(0);
        double rru = idx.stream().mapToDouble(i -> m.readUnits[i]).average().orElse(0);
        return String.format(java.util.Locale.ROOT, "questions=%d answered=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f "
                        + "max_ms=%.1f mean_ms=%.1f requests=%.1f rru=%.1f", these.length, answered, pct(these, 50),
                pct(these, 90), pct(these, 99), pct(these, 100), Arrays.stream(these).average().orElse(0) / 1e6,
                requests, rru);
    }

    /** The nearest-rank percentile in milliseconds. */
    static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}

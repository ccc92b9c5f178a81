package io.parley.extract;

import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.model.Meeting;
import io.parley.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Extractor reads one article and returns who met whom and who said what, every fact tied to the
 * sentence it came from. It is built once ({@link #create()} loads the lexicons), immutable and
 * thread-safe; {@link #extract(Article)} is deterministic and never throws on messy text.
 */
public final class Extractor {

    /** The version of the rules; bump it when they change. */
    public static final String VERSION = "0.6.0";

    /** Only this many leading characters of a text are analysed, which bounds time and memory. */
    static final int MAX_CHARS = 100_000;

    private final ActorFinder actors;
    private final Coreference coreference;
    private final CueFinder cues;
    private final SpeakerSieves sieves;
    private final HeadingSpeakers headings;
    private final StatementBuilder statements;
    private final MeetingFinder meetings;
    private final MeetingAssembler assembler;
    private final MeetingBuilder meetingBuilder;
    private final DateResolver dates;
    private final SaidAtMeeting saidAt;
    private final Lexicons lex;

    private Extractor(Lexicons lex) {
        this.lex = lex;
        TopicTagger topics = new TopicTagger(lex);
        this.actors = new ActorFinder(lex);
        this.coreference = new Coreference(lex);
        this.cues = new CueFinder(lex);
        this.sieves = new SpeakerSieves(lex);
        this.headings = new HeadingSpeakers(lex);
        this.statements = new StatementBuilder(topics);
        MeetingWords meetingWords = MeetingWords.load();
        this.meetings = new MeetingFinder(lex, meetingWords);
        this.assembler = new MeetingAssembler(meetings, meetingWords);
        this.dates = new DateResolver();
        this.saidAt = SaidAtMeeting.load();
        this.meetingBuilder = new MeetingBuilder(new LocationFinder(lex), dates, topics);
    }

    /** A short built-in article run once at creation, so that the first real article finds every class loaded. */
    private static final String PRIMER = "Envoy says ‘talks went well’\n\nMOSCOW, Nov 17 (Reuters) - Russian Foreign "
            + "Minister Ivan Petrov met his Turkish counterpart Kemal Aydin on Monday, the ministry said. “We agree,” "
            + "Petrov said. He stressed that the talks would continue by phone next week.\n";

    /** Creates an extractor, loading its lexicons from the classpath once. */
    public static Extractor create() {
        Extractor x = new Extractor(Lexicons.load());
        x.extract(new Article(new ArticleInfo("primer", null, LocalDate.of(2025, 11, 18), null, null), PRIMER));
        return x;
    }

    /**
     * Extracts the meetings and statements of an article; never throws on messy text. A stage that throws
     * gives an empty extraction that carries the problem (the stage and the rule), so callers can tell.
     */
    public Extraction extract(Article article) {
        return run(article, new Stopwatch(false)).extraction();
    }

    /** Extracts like {@link #extract(Article)} and also reports how long each stage took. */
    public Timed extractTimed(Article article) {
        return run(article, new Stopwatch(true));
    }

    /**
     * Extracts like {@link #extract(Article)} and also keeps what every stage found, as a read-only
     * {@link Explanation}: per sentence the mentions, entities, cues, quotes, the rule behind each fact and why a
     * cue or a meeting trigger gave none. Slower than {@code extract}; meant for people reading the rules.
     */
    public Explanation explain(Article article) {
        Stopwatch watch = new Stopwatch(false, true);
        Extraction extraction = run(article, watch).extraction();
        return new Explainer(cues, lex, saidAt).explain(extraction, watch.results());
    }

    /** Extracts without the safety net, so that tests see any exception a rule throws. */
    Extraction extractOrThrow(Article article) {
        return pipeline(article, new Stopwatch(false));
    }

    private Timed run(Article article, Stopwatch watch) {
        Extraction result;
        try {
            result = pipeline(article, watch);
        } catch (RuntimeException | StackOverflowError e) {
            Problems problems = Problems.tracking();
            problems.add(watch.stage(), e);
            Extraction empty = empty(article);
            result = new Extraction(empty.article(), empty.meetings(), empty.statements(), empty.summary(), problems.list());
        }
        return new Timed(result, watch.times());
    }

    private static Extraction empty(Article article) {
        return new Extraction(article.info(), List.of(), List.of(), "No meetings or statements found.");
    }

    private Extraction pipeline(Article article, Stopwatch watch) {
        String text = article.text();
        if (!looksLikeText(text)) {
            return empty(article);
        }
        List<Paragraph> paragraphs = watch.time("paragraphs", () -> Paragraphs.split(limit(text)));
        if (paragraphs.size() < 2) {
            return empty(article);
        }
        List<Sentence> sentences = watch.time("sentences", () -> SentenceSplitter.split(text, paragraphs));
        List<Quote> quotes = watch.time("quotes", () -> QuoteScanner.scan(text, paragraphs));
        Doc doc = watch.time("actors", () -> doc(text, paragraphs, sentences, quotes));
        Coreference.Result coref = watch.time("coreference", () -> coreference.resolve(doc));
        List<List<Integer>> quotesBySentence = bySentence(doc, quotes);
        SpeakerSieves.Recent recent = new SpeakerSieves.Recent(coref);
        List<List<Attribution>> attributions = watch.time("cues",
                () -> attribute(doc, coref, quotes, quotesBySentence, recent));
        Map<Integer, Attribution> headed = headings.owners(doc, recent.speakers());
        Coreference.Result speakers = recent.speakers().result();
        List<Statement> built = watch.time("statements", () -> statements.build(doc, speakers, attributions,
                quotesBySentence, quotes, QuoteOwners.assign(doc, quotes, attributions, headed)));
        List<Meeting> met = watch.time("meetings", () -> meetings(doc, coref, article, quotes, quotesBySentence));
        List<Statement> said = watch.time("said-at", () -> saidAt.link(doc, met, built));
        String summary = watch.time("summary", () -> Summarizer.summarize(met, said));
        return new Extraction(article.info(), met, said, summary);
    }

    /** Binary data shows itself by control characters; more than one in a hundred means it is not prose. */
    static boolean looksLikeText(String text) {
        int n = Math.min(text.length(), MAX_CHARS);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                bad++;
            }
        }
        return bad * 100 <= n;
    }

    private static String limit(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }

    private Doc doc(String text, List<Paragraph> paragraphs, List<Sentence> sentences, List<Quote> quotes) {
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        List<List<Mention>> mentions = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Token> toks = Tokenizer.tokenize(text, s.start(), s.end());
            tokens.add(toks);
            mentions.add(actors.find(text, s, toks));
        }
        return new Doc(text, paragraphs, sentences, tokens, mentions, quotes);
    }

    private static List<List<Integer>> bySentence(Doc doc, List<Quote> quotes) {
        List<List<Integer>> out = new ArrayList<>();
        doc.sentences().forEach(s -> out.add(new ArrayList<>()));
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            int first = Math.max(0, doc.sentenceAt(q.open()));
            int last = doc.sentenceAt(Math.max(q.open(), q.end() - 1));
            for (int s = first; s <= last && s < out.size(); s++) {
                if (doc.sentences().get(s).overlaps(q.start(), q.end())) {
                    out.get(s).add(i);
                }
            }
        }
        return out;
    }

    private static List<Quote> pick(List<Quote> quotes, List<Integer> indices) {
        List<Quote> out = new ArrayList<>(indices.size());
        indices.forEach(i -> out.add(quotes.get(i)));
        return out;
    }

    private List<List<Attribution>> attribute(Doc doc, Coreference.Result coref, List<Quote> quotes,
                                              List<List<Integer>> quotesBySentence, SpeakerSieves.Recent recent) {
        List<List<Attribution>> out = new ArrayList<>();
        List<Boolean> cued = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Quote> here = pick(quotes, quotesBySentence.get(s.index()));
            List<Cue> found = cues.find(doc, s.index(), here);
            List<Attribution> as = sieves.attribute(doc, coref, found, here, recent);
            recent.update(as);
            out.add(as);
            cued.add(!found.isEmpty() || !here.isEmpty());
        }
        return SpeakerSieves.carryBack(doc, out, cued, recent);
    }

    private List<Meeting> meetings(Doc doc, Coreference.Result coref, Article article, List<Quote> quotes,
                                   List<List<Integer>> quotesBySentence) {
        Dateline dateline = Dateline.find(doc.text(), doc.paragraphs(), lex.cities());
        LocalDate reference = dates.datelineDate(dateline, article.info().published());
        List<EventMention> mentions = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            mentions.addAll(meetings.find(doc, coref, s.index(), pick(quotes, quotesBySentence.get(s.index()))));
        }
        int year = reference == null ? 0 : reference.getYear();
        return meetingBuilder.build(doc, coref, assembler.assemble(doc, coref, year, mentions), dateline, reference);
    }

    /** Stopwatch times the stages when asked to, and keeps their results when tracing; otherwise it only runs them. */
    private static final class Stopwatch {
        private final boolean enabled;
        private final Map<String, Long> nanos = new LinkedHashMap<>();
        private String current = "start";
        private final Map<String, Object> results;

        Stopwatch(boolean enabled) {
            this(enabled, false);
        }

        Stopwatch(boolean enabled, boolean tracing) {
            this.enabled = enabled;
            this.results = tracing ? new LinkedHashMap<>() : null;
        }

        <T> T time(String stage, Supplier<T> work) {
            current = stage;
            if (results != null) {
                T result = work.get();
                results.put(stage, result);
                return result;
            }
            if (!enabled) {
                return work.get();
            }
            long t0 = System.nanoTime();
            T result = work.get();
            nanos.merge(stage, System.nanoTime() - t0, Long::sum);
            return result;
        }

        /** The stage that ran last (the one that failed, when a stage throws). */
        String stage() {
            return current;
        }

        StageTimes times() {
            return new StageTimes(nanos);
        }

        /** The result of each stage by stage name (empty unless tracing). */
        Map<String, Object> results() {
            return results == null ? Map.of() : java.util.Collections.unmodifiableMap(results);
        }
    }
}

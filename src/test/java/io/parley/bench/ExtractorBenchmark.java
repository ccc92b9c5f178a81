package io.parley.bench;

import io.parley.extract.Extractor;
import io.parley.extract.StageTimes;
import io.parley.model.Article;
import io.parley.model.Extraction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * How many articles of about 800 words one shared {@link Extractor} reads per second on one thread.
 *
 * <p>One operation is one {@link Extractor#extract(io.parley.model.Article)} call; the articles rotate through a
 * fixed set read at setup (see {@link BenchCorpus}: PolNeAR articles of 700–950 words from
 * {@code ../shared/corpus/polnear/articles}, else the shipped examples concatenated to about 800 words), so
 * the score in ops/s is articles per second. After the measurement, the trial tear-down extracts the set again
 * with {@link Extractor#extractTimed(io.parley.model.Article)} and prints each stage's share of the time on
 * lines starting with {@code STAGE}.
 *
 * <p>{@link #regexTokens} is the yardstick the issue asks for: one regular-expression pass that cuts the same
 * article into words and marks ({@link #WORD_OR_MARK}), counting them, and nothing else. It runs in the same JMH
 * run, so {@code extract / regexTokens} says what share of this machine's plain-tokenising limit the extractor
 * reaches, whatever the machine or its load.
 *
 * <p>Run (from the project root; {@code infra/bench/run.sh} does all of this):
 * <pre>
 * mvn -B -q -DskipTests test-compile dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/bench.classpath
 * java -cp target/test-classes:target/classes:$(cat target/bench.classpath) org.openjdk.jmh.Main ExtractorBenchmark \
 *     -f 1 -wi 3 -w 2s -i 5 -r 3s -t 1
 * </pre>
 * Another corpus root: {@code -jvmArgsAppend -Dparley.corpus=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class ExtractorBenchmark {

    /** A word (letters and digits, inner hyphens and apostrophes) or any other non-blank character. */
    static final Pattern WORD_OR_MARK = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*|\\S");

    /** Rounds over the set that the tear-down times, after the JIT has warmed up in the measurement. */
    private static final int STAGE_ROUNDS = 20;

    private Extractor extractor;
    private Article[] articles;

    /** Which article the next call reads; per thread, so that {@code -t 2} would not share a counter. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() {
        extractor = Extractor.create();
        List<Article> set = BenchCorpus.eightHundredWords();
        articles = set.toArray(new Article[0]);
        int words = set.stream().mapToInt(a -> BenchCorpus.words(a.text())).sum();
        System.out.printf("%nSET articles=%d mean_words=%d source=%s%n", set.size(), words / set.size(),
                BenchCorpus.source());
    }

    @Benchmark
    public Extraction extract(Cursor cursor) {
        Article article = articles[cursor.next];
        cursor.next = cursor.next + 1 == articles.length ? 0 : cursor.next + 1;
        return extractor.extract(article);
    }

    /** The yardstick: one regex tokenisation of the next article (its token count), one article per operation. */
    @Benchmark
    public int regexTokens(Cursor cursor) {
        Article article = articles[cursor.next];
        cursor.next = cursor.next + 1 == articles.length ? 0 : cursor.next + 1;
        return countTokens(article.text());
    }

    /** The number of {@link #WORD_OR_MARK} matches in {@code text}. */
    static int countTokens(String text) {
        Matcher m = WORD_OR_MARK.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** After the extractor's trial (not the yardstick's), each stage's share of the time. */
    @TearDown(Level.Trial)
    public void printStageShares(BenchmarkParams params) {
        if (!params.getBenchmark().endsWith(".extract")) {
            return;
        }
        Map<String, Long> nanos = new LinkedHashMap<>();
        long total = 0;
        long wall = System.nanoTime();
        for (int round = 0; round < STAGE_ROUNDS; round++) {
            for (Article a : articles) {
                StageTimes times = extractor.extractTimed(a).times();
                times.nanos().forEach((stage, ns) -> nanos.merge(stage, ns, Long::sum));
                total += times.total();
            }
        }
        wall = System.nanoTime() - wall;
        int calls = STAGE_ROUNDS * articles.length;
        System.out.printf("%nSTAGE %-12s %8s %6s%n", "stage", "us/art", "share");
        for (Map.Entry<String, Long> e : nanos.entrySet()) {
            System.out.printf("STAGE %-12s %8.1f %5.1f%%%n", e.getKey(), e.getValue() / 1e3 / calls,
                    100.0 * e.getValue() / total);
        }
        System.out.printf("STAGE %-12s %8.1f %5.1f%%%n", "all stages", total / 1e3 / calls, 100.0);
        System.out.printf("STAGE %-12s %8.1f  (extractTimed, %d calls)%n", "wall", wall / 1e3 / calls, calls);
    }
}

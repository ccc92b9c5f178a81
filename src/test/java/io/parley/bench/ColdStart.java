package io.parley.bench;

import io.parley.extract.Extractor;
import io.parley.extract.StageTimes;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;

/**
 * The first real extraction in a fresh JVM, as a Lambda cold start sees it once the classes are loaded: builds
 * the extractor ({@link Extractor#create()}), extracts a two-line text so that every stage's classes are loaded,
 * then times ONE extraction of the corpus article closest to 800 words. Run it in a new JVM each time
 * ({@code infra/bench/run.sh} runs it 10 times and reports the median and the maximum):
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench.classpath) io.parley.bench.ColdStart [--stages]
 * </pre>
 * It prints one line {@code COLDSTART jvm_ms=… create_ms=… warmup_ms=… extract_ms=… words=… statements=…
 * meetings=…}. With {@code --stages} the timed call is {@link Extractor#extractTimed(Article)} and a second
 * line {@code COLDSTAGES stage=ms …} follows.
 */
public final class ColdStart {

    /** Two lines (headline, one paragraph) that go through every stage: a cue, a quote, a meeting, a city. */
    static final String TINY = "Ministers meet in Geneva.\n\n"
            + "Foreign Minister Sergey Lavrov met Abbas Araghchi in Geneva on Monday and said the talks on the "
            + "nuclear programme were \"useful and frank\".\n";

    private ColdStart() {
    }

    public static void main(String[] args) {
        boolean stages = args.length > 0 && args[0].equals("--stages");
        long jvmMs = ManagementFactory.getRuntimeMXBean().getUptime();
        Article article = BenchCorpus.closestToEightHundred();

        long t0 = System.nanoTime();
        Extractor extractor = Extractor.create();
        long t1 = System.nanoTime();
        Extraction tiny = extractor.extractTimed(new Article(
                new ArticleInfo("tiny", "Ministers meet in Geneva.", LocalDate.of(2025, 11, 24), null, null), TINY))
                .extraction();
        long t2 = System.nanoTime();

        Extraction x;
        StageTimes times = null;
        long t3 = System.nanoTime();
        if (stages) {
            var timed = extractor.extractTimed(article);
            x = timed.extraction();
            times = timed.times();
        } else {
            x = extractor.extract(article);
        }
        long t4 = System.nanoTime();

        if (tiny.statements().isEmpty() && tiny.meetings().isEmpty()) {
            System.err.println("warning: the warm-up text gave no facts, so some stages may not have loaded");
        }
        System.out.printf("COLDSTART jvm_ms=%d create_ms=%.1f warmup_ms=%.1f extract_ms=%.2f words=%d "
                        + "statements=%d meetings=%d article=%s%n", jvmMs, ms(t1 - t0), ms(t2 - t1), ms(t4 - t3),
                BenchCorpus.words(article.text()), x.statements().size(), x.meetings().size(), article.info().id());
        if (times != null) {
            StringBuilder sb = new StringBuilder("COLDSTAGES");
            times.nanos().forEach((stage, ns) -> sb.append(String.format(" %s=%.2f", stage, ms(ns))));
            System.out.println(sb);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

package io.parley.bench;

import io.parley.extract.Extractor;
import io.parley.functions.Priming;
import io.parley.json.Json;
import io.parley.model.Article;
import io.parley.model.Extraction;
import java.lang.management.ManagementFactory;

/**
 * The first request of a function restored from a SnapStart snapshot, approximated in a fresh JVM: builds the
 * extractor and runs the same priming as {@code SnapStartPriming.beforeCheckpoint} ({@link Priming#primeExtractor}:
 * the priming article through the extractor and the JSON writer), then times ONE extraction of the corpus
 * article closest to 800 words plus the JSON of its result, as the extract function's request does (its
 * DynamoDB write is not included). A real restore also skips the JVM start and the priming, which happened
 * before the snapshot. Run in a new JVM each time ({@code infra/bench/run.sh} runs it 10 times):
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench.classpath) io.parley.bench.PrimedFirstRequest
 * </pre>
 * It prints one line {@code PRIMED jvm_ms=… prime_ms=… first_ms=… words=… meetings=… statements=…}.
 */
public final class PrimedFirstRequest {

    private PrimedFirstRequest() {
    }

    public static void main(String[] args) {
        long jvmMs = ManagementFactory.getRuntimeMXBean().getUptime();
        Article article = BenchCorpus.closestToEightHundred();

        long t0 = System.nanoTime();
        Extractor extractor = Extractor.create();
        Priming.primeExtractor(extractor);
        long t2 = System.nanoTime();
        Extraction x = extractor.extract(article);
        String json = Json.write(x);
        long t3 = System.nanoTime();

        System.out.printf("PRIMED jvm_ms=%d prime_ms=%.1f first_ms=%.2f words=%d meetings=%d statements=%d json_chars=%d%n",
                jvmMs, ms(t2 - t0), ms(t3 - t2), BenchCorpus.words(article.text()), x.meetings().size(),
                x.statements().size(), json.length());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

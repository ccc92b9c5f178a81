package io.parley.bench;

import io.parley.extract.Extractor;
import io.parley.ingest.ContentHash;
import io.parley.ingest.ExampleArticles;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.service.ExtractService;
import io.parley.service.IngestService;
import io.parley.store.DynamoParleyStore;
import io.parley.testing.Dynalite;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * What ingesting and extracting an article costs in DynamoDB request units: each set of articles goes into its
 * own empty dynalite table through the real services ({@link IngestService}, {@link ExtractService}) over a
 * {@link CapacityMeter}, which counts requests, write units (table and indexes), read units and bytes. Sets:
 * the 8 shipped examples, and when the corpus is there the ~800-word PolNeAR set and every corpus article
 * ({@link BenchCorpus}), each article under its deployed id ({@link #deployedId}). Then the warm extraction time
 * per article of the 800-word set, one thread.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench.classpath) io.parley.bench.WriteCost
 * </pre>
 * Lines: {@code WRITECOST set=… articles=… statements=… meetings=… per_article: requests=… items=… bytes=…
 * wru_table=… wru_index=… wru=… rru=…}, one {@code WRITEKIND} line per kind of item put, one {@code WRITECALL}
 * line per kind of call, and {@code EXTRACTMS per_article=…}.
 */
public final class WriteCost {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-11-27T12:00:00Z"), ZoneOffset.UTC);
    private static final int WARM_PASSES = 30;

    private WriteCost() {
    }

    public static void main(String[] args) {
        Extractor extractor = Extractor.create();
        measure("examples", ExampleArticles.load().stream().map(ExampleArticles.Example::article).toList(), extractor);
        List<Article> eightHundred = BenchCorpus.eightHundredWords();
        measure("800-words", eightHundred, extractor);
        List<Article> all = BenchCorpus.all();
        if (!all.isEmpty()) {
            measure("corpus", all, extractor);
        }
        System.out.printf("EXTRACTMS per_article=%.3f set=800-words articles=%d (warm, one thread, %d passes before)%n",
                extractionMillis(eightHundred, extractor), eightHundred.size(), WARM_PASSES);
    }

    private static void measure(String set, List<Article> articles, Extractor extractor) {
        try (Dynalite dynalite = Dynalite.start()) {
            CapacityMeter meter = new CapacityMeter(dynalite.client());
            DynamoParleyStore store = new DynamoParleyStore(meter, dynalite.table());
            Deque<String> queue = new ArrayDeque<>();
            IngestService ingest = new IngestService(store, queue::add, TODAY);
            ExtractService extract = new ExtractService(store, extractor);
            int statements = 0;
            int meetings = 0;
            for (Article article : articles) {
                ingest.ingest(deployedId(article), "bench");
                while (!queue.isEmpty()) {
                    Extraction x = extract.extract(queue.poll());
                    statements += x.statements().size();
                    meetings += x.meetings().size();
                }
            }
            report(set, articles.size(), statements, meetings, meter);
        }
    }

    /**
     * The article under the id every entry point gives it ({@link ContentHash}: 16 hex digits) rather than its file
     * name: the id is in every key and document of its facts, so a long file name would inflate every item.
     */
    static Article deployedId(Article article) {
        ArticleInfo i = article.info();
        return new Article(new ArticleInfo(ContentHash.of(article.text()), i.title(), i.published(), i.url(), i.outlet()),
                article.text());
    }

    private static void report(String set, int n, int statements, int meetings, CapacityMeter meter) {
        CapacityMeter.Tally t = meter.total();
        System.out.printf("WRITECOST set=%s articles=%d statements=%d meetings=%d per_article: requests=%.1f items=%.1f "
                        + "bytes=%.0f wru_table=%.1f wru_index=%.1f wru=%.1f rru=%.1f%n", set, n, statements, meetings,
                (double) t.requests / n, (double) t.itemsWritten / n, (double) t.bytesWritten / n, t.tableWriteUnits / n,
                t.indexWriteUnits / n, t.writeUnits() / n, t.readUnits / n);
        for (Map.Entry<String, CapacityMeter.Tally> e : meter.putsByKind().entrySet()) {
            CapacityMeter.Tally k = e.getValue();
            System.out.printf("WRITEKIND set=%s kind=%s per_article: items=%.1f bytes=%.0f wru=%.1f (index %.1f)%n", set,
                    e.getKey(), (double) k.itemsWritten / n, (double) k.bytesWritten / n, k.writeUnits() / n,
                    k.indexWriteUnits / n);
        }
        for (Map.Entry<String, CapacityMeter.Tally> e : meter.byCall().entrySet()) {
            CapacityMeter.Tally k = e.getValue();
            System.out.printf("WRITECALL set=%s call=%s per_article: requests=%.2f wru=%.1f rru=%.1f%n", set, e.getKey(),
                    (double) k.requests / n, k.writeUnits() / n, k.readUnits / n);
        }
    }

    private static double extractionMillis(List<Article> articles, Extractor extractor) {
        for (int i = 0; i < WARM_PASSES; i++) {
            articles.forEach(extractor::extract);
        }
        long start = System.nanoTime();
        articles.forEach(extractor::extract);
        return (System.nanoTime() - start) / 1e6 / articles.size();
    }
}

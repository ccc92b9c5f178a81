package io.parley.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.parley.extract.Extractor;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap the extractor needs: extracts every corpus article (seed, d01–d10, PolNeAR; see
 * {@link BenchCorpus}) and then a 10 MB text of random words, and reports the peak heap used, the sum over the
 * heap memory pools of {@link MemoryPoolMXBean#getPeakUsage()} after resetting the peaks at the start. That sum
 * is an upper bound (the pools may peak at different moments) and, since the collector lets the young
 * generation fill before it collects, it says more about the heap size than about the data kept alive; so it
 * also reports the largest heap left after any collection (from the collectors' notifications), which is close
 * to the live set. Run it with the limit it checks:
 * <pre>
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/bench.classpath) io.parley.bench.PeakHeap
 * </pre>
 * It prints {@code PEAKHEAP peak_mb=… after_gc_max_mb=… max_heap_mb=… articles=… big_chars=… big_ms=…} and exits
 * 1 when the peak exceeds 256 MB (or the heap runs out).
 */
public final class PeakHeap {

    static final long LIMIT = 256L * 1024 * 1024;
    static final int BIG_CHARS = 10 * 1024 * 1024;

    private PeakHeap() {
    }

    public static void main(String[] args) {
        AtomicLong afterGcMax = new AtomicLong();
        listenToCollections(afterGcMax);
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap.add(pool);
                pool.resetPeakUsage();
            }
        }
        int articles = 0;
        int statements = 0;
        long bigMs;
        try {
            Extractor extractor = Extractor.create();
            for (Article a : BenchCorpus.all()) {
                statements += extractor.extract(a).statements().size();
                articles++;
            }
            String big = BenchCorpus.randomWords(20251127L, BIG_CHARS);
            Article bigArticle = new Article(new ArticleInfo("random-10mb", "Random words for the memory benchmark.",
                    LocalDate.of(2025, 11, 27), null, null), big);
            long t0 = System.nanoTime();
            Extraction x = extractor.extract(bigArticle);
            bigMs = (System.nanoTime() - t0) / 1_000_000;
            statements += x.statements().size();
            articles++;
        } catch (OutOfMemoryError e) {
            System.out.println("PEAKHEAP out_of_memory after " + articles + " articles: " + e.getMessage());
            System.exit(1);
            return;
        }
        long peak = 0;
        StringBuilder pools = new StringBuilder();
        for (MemoryPoolMXBean pool : heap) {
            MemoryUsage u = pool.getPeakUsage();
            peak += u.getUsed();
            pools.append(String.format(" [%s]=%.1f", pool.getName().replace(' ', '_'), mb(u.getUsed())));
        }
        System.out.printf("PEAKHEAP peak_mb=%.1f after_gc_max_mb=%.1f max_heap_mb=%.0f articles=%d statements=%d "
                        + "big_chars=%d big_ms=%d gc=%s%n", mb(peak), mb(afterGcMax.get()),
                mb(Runtime.getRuntime().maxMemory()), articles, statements, BIG_CHARS, bigMs, collectors());
        System.out.println("PEAKPOOLS" + pools);
        if (peak > LIMIT) {
            System.out.printf("PEAKHEAP over the limit of 256 MB by %.1f MB%n", mb(peak - LIMIT));
            System.exit(1);
        }
    }

    /** Keeps the largest total heap in use right after a collection. */
    private static void listenToCollections(AtomicLong afterGcMax) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long used = 0;
                    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (isHeapPool(e.getKey())) {
                            used += e.getValue().getUsed();
                        }
                    }
                    afterGcMax.accumulateAndGet(used, Math::max);
                }, null, null);
            }
        }
    }

    private static boolean isHeapPool(String name) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(name) && p.getType() == MemoryType.HEAP);
    }

    private static String collectors() {
        return String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(g -> g.getName().replace(' ', '_')).toList());
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}

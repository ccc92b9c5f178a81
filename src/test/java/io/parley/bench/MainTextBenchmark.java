package io.parley.bench;

import io.parley.ingest.html.HtmlArticleExtractor;
import io.parley.ingest.html.HtmlPage;
import io.parley.ingest.html.PageDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How many web pages one shared {@link HtmlArticleExtractor} reduces to their main text per second on one thread.
 *
 * <p>One operation is one {@link HtmlArticleExtractor#extract(String, String)} call (parse, metadata, boilerplate,
 * scoring, text); the pages rotate through the 181 pages of {@code ../shared/bench/article-extraction/html},
 * decoded once at setup ({@link PageDecoder}), so the score in ops/s is pages per second. Another directory of
 * {@code *.html.gz} / {@code *.html} pages: {@code -jvmArgsAppend -Dparley.pages=DIR}.
 *
 * <p>Run (from the project root, with the classpath of {@code infra/bench/README.md}):
 * <pre>
 * java -cp "$CP" org.openjdk.jmh.Main MainTextBenchmark -f 1 -wi 3 -w 2s -i 5 -r 3s -t 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class MainTextBenchmark {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private String[] pages;

    /** Which page the next call reads; per thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = Path.of(System.getProperty("parley.pages", "../shared/bench/article-extraction/html"));
        List<String> read = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                if (file.toString().endsWith(".html.gz") || file.toString().endsWith(".html")) {
                    read.add(PageDecoder.decode(bytes(file), null).text());
                }
            }
        }
        if (read.isEmpty()) {
            throw new IllegalStateException("no *.html or *.html.gz pages in " + dir.toAbsolutePath());
        }
        pages = read.toArray(new String[0]);
        System.out.printf("%nSET pages=%d source=%s%n", pages.length, dir);
    }

    private static byte[] bytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public HtmlPage extract(Cursor cursor) {
        String page = pages[cursor.next];
        cursor.next = cursor.next + 1 == pages.length ? 0 : cursor.next + 1;
        return extractor.extract(page, null);
    }
}

package io.parley.bench;

import io.parley.ingest.html.HtmlArticleExtractor;
import io.parley.ingest.html.HtmlPage;
import io.parley.ingest.html.PageDecoder;
import io.parley.ingest.html.TextLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * TextBench runs {@link HtmlArticleExtractor} over every {@code *.html.gz} (and {@code *.html}) file of a
 * directory and prints one {@link TextLine} JSON line per file, sorted by name. Usage:
 * {@code java -cp ... io.parley.bench.TextBench DIR}.
 */
public final class TextBench {

    private TextBench() {
    }

    /** Entry point: {@code args[0]} is the directory of pages. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TextBench DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        if (!Files.isDirectory(dir)) {
            System.err.println("not a directory: " + dir);
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        run(dir, out);
        out.flush();
    }

    /** Extracts every page file of {@code dir} and prints one JSON line each. */
    static void run(Path dir, PrintStream out) throws IOException {
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        for (Path file : pages(dir)) {
            String name = file.getFileName().toString();
            out.println(toJsonLine(name, extractor.extract(read(file), null)));
        }
    }

    /** See {@link TextLine#toJsonLine(String, HtmlPage)}. */
    public static String toJsonLine(String fileName, HtmlPage page) {
        return TextLine.toJsonLine(fileName, page);
    }

    private static List<Path> pages(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".html.gz") || p.toString().endsWith(".html"))
                    .sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream source = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return PageDecoder.decode(source.readAllBytes(), null).text();
        }
    }
}

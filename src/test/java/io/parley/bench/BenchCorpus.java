package io.parley.bench;

import io.parley.eval.Evaluation;
import io.parley.ingest.ExampleArticles;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The texts the benchmarks read. They are read from the shared corpus at run time and never copied into the
 * project: {@code <root>/articles/*.txt} (seed, d01–d10) and {@code <root>/polnear/articles/*.txt} (60 PolNeAR
 * news articles, line 1 the headline; see that folder's README for the licence). The root is
 * {@code -Dparley.corpus=DIR}, by default {@value #DEFAULT_ROOT}. When PolNeAR is absent, the articles of about
 * 800 words are made from the shipped examples instead, each concatenated with the next ones.
 */
final class BenchCorpus {

    /** {@code ../shared/corpus} beside the checkout (benchmarks run from the checkout's root). */
    static final String DEFAULT_ROOT = "../shared/corpus";
    /** The word range that counts as "about 800 words". */
    static final int MIN_WORDS = 700;
    static final int MAX_WORDS = 950;
    static final int TARGET_WORDS = 800;

    private BenchCorpus() {
    }

    static Path root() {
        return Path.of(System.getProperty("parley.corpus", DEFAULT_ROOT));
    }

    /** Where the ~800-word articles come from, for the reports. */
    static String source() {
        return Files.isDirectory(polnearDir()) && !polnear().isEmpty()
                ? "PolNeAR articles of " + MIN_WORDS + "-" + MAX_WORDS + " words from " + polnearDir()
                : "shipped examples concatenated to about " + TARGET_WORDS + " words";
    }

    /** The fixed benchmark set: PolNeAR articles of 700–950 words, else concatenated shipped examples. */
    static List<Article> eightHundredWords() {
        List<Article> picked = polnear().stream()
                .filter(a -> words(a.text()) >= MIN_WORDS && words(a.text()) <= MAX_WORDS).toList();
        return picked.isEmpty() ? concatenatedExamples() : picked;
    }

    /** The one article of the set closest to 800 words (ties broken by id), for the cold start. */
    static Article closestToEightHundred() {
        return eightHundredWords().stream()
                .min(Comparator.comparingInt((Article a) -> Math.abs(words(a.text()) - TARGET_WORDS))
                        .thenComparing(a -> a.info().id()))
                .orElseThrow();
    }

    /** Every corpus article: seed and d01–d10, then PolNeAR (each part only when present). */
    static List<Article> all() {
        List<Article> out = new ArrayList<>(read(root().resolve("articles"), Map.of()));
        out.addAll(polnear());
        return out;
    }

    /** The PolNeAR articles, with their publication dates from {@code manifest.tsv}; empty when absent. */
    static List<Article> polnear() {
        return read(polnearDir().resolve("articles"), manifestDates(polnearDir().resolve("manifest.tsv")));
    }

    private static Path polnearDir() {
        return root().resolve("polnear");
    }

    private static List<Article> read(Path dir, Map<String, LocalDate> dates) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted()
                    .map(id -> withDate(Evaluation.readArticle(dir, id), dates.get(id))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article withDate(Article a, LocalDate date) {
        return date == null || a.info().published() != null ? a : new Article(a.info().withPublished(date), a.text());
    }

    private static Map<String, LocalDate> manifestDates(Path manifest) {
        Map<String, LocalDate> dates = new HashMap<>();
        if (!Files.exists(manifest)) {
            return dates;
        }
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] cols = line.split("\t");
                if (cols.length > 3) {
                    try {
                        dates.put(cols[0], LocalDate.parse(cols[3]));
                    } catch (DateTimeParseException ignored) {
                        // no date for this one
                    }
                }
            }
            return dates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each shipped example followed by the bodies of the next ones until it has about 800 words. */
    static List<Article> concatenatedExamples() {
        List<Article> examples = ExampleArticles.load().stream().map(ExampleArticles.Example::article).toList();
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Article first = examples.get(i);
            StringBuilder text = new StringBuilder(first.text().strip());
            for (int j = 1; j < examples.size() && words(text) < TARGET_WORDS; j++) {
                String body = body(examples.get((i + j) % examples.size()).text());
                for (String paragraph : body.split("\n\\s*\n")) {
                    if (words(text) >= TARGET_WORDS) {
                        break;
                    }
                    text.append("\n\n").append(paragraph.strip());
                }
            }
            ArticleInfo info = first.info();
            out.add(new Article(new ArticleInfo(info.id() + "-800w", info.title(), info.published(), info.url(),
                    info.outlet()), text.append('\n').toString()));
        }
        return out;
    }

    private static String body(String text) {
        int blank = text.indexOf("\n\n");
        return blank < 0 ? text : text.substring(blank + 2).strip();
    }

    static int words(CharSequence text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /**
     * A deterministic text of random words of about {@code chars} characters: a headline, then paragraphs of
     * 40–140 words in sentences of 6–30 words, some capitalised words, some quoted passages and a few speech
     * verbs so that every stage of the extractor has something to do.
     */
    static String randomWords(long seed, int chars) {
        String[] common = ("the of and to in a is that for on with as was by at from it an be this which said "
                + "minister talks government agreement security trade officials meeting foreign president "
                + "country region week statement council visit ministry support cooperation pressure issue "
                + "process plan economic nuclear sanctions energy border peace forces report told added").split(" ");
        String[] capitals = ("Lavrov Araghchi Moscow Tehran Geneva Brussels Ankara Beijing Doha Riyadh Kallas Grossi "
                + "Erdogan Wang Santoso Mishustin Aref Washington Paris Berlin Cairo Delhi Tokyo Seoul").split(" ");
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 200);
        sb.append("Random words for the memory benchmark.\n\n");
        while (sb.length() < chars) {
            int paragraphWords = 40 + r.nextInt(100);
            int inSentence = 0;
            int sentenceLength = 6 + r.nextInt(25);
            boolean quoting = false;
            for (int w = 0; w < paragraphWords; w++) {
                String word = r.nextInt(8) == 0 ? capitals[r.nextInt(capitals.length)] : common[r.nextInt(common.length)];
                if (inSentence == 0) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                if (r.nextInt(40) == 0) {
                    sb.append(quoting ? "\" " : "\"");
                    quoting = !quoting;
                }
                sb.append(word);
                inSentence++;
                if (inSentence >= sentenceLength) {
                    sb.append(quoting ? ".\" " : ". ");
                    quoting = false;
                    inSentence = 0;
                    sentenceLength = 6 + r.nextInt(25);
                } else {
                    sb.append(r.nextInt(12) == 0 ? ", " : " ");
                }
            }
            if (quoting) {
                sb.append('"');
            }
            sb.setLength(sb.length() - (sb.charAt(sb.length() - 1) == ' ' ? 1 : 0));
            if (sb.charAt(sb.length() - 1) != '.') {
                sb.append('.');
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }
}

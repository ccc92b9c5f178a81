package io.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.parley.extract.Extractor;
import io.parley.json.Json;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Evaluation runs an extractor over a corpus folder and scores it: {@code goldDir/<id>.json} against
 * {@code articlesDir/<id>.txt} (line 1 the headline) with {@code <id>.meta.json} beside it.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** Extracts and scores every article that has a gold file. */
    public static Report run(Path goldDir, Path articlesDir, Extractor extractor) {
        return extract(goldDir, articlesDir, extractor).report();
    }

    /** Extracts every article that has a gold file: the cases to score. */
    public static Corpus extract(Path goldDir, Path articlesDir, Extractor extractor) {
        List<EvalCase> cases = new ArrayList<>();
        for (String id : ids(goldDir)) {
            Article article = readArticle(articlesDir, id);
            JsonNode pred = Json.mapper().valueToTree(extractor.extract(article));
            cases.add(new EvalCase(id, article.text(), readJson(goldDir.resolve(id + ".json")), pred, false));
        }
        return new Corpus(cases);
    }

    /**
     * Scores predictions already written to {@code predDir/<id>.json}, as score.py does: a missing or unreadable
     * prediction counts as an empty extraction and is counted in {@link Report#missing()}.
     */
    public static Report score(Path goldDir, Path articlesDir, Path predDir) {
        return read(goldDir, articlesDir, predDir).report();
    }

    /** Reads the predictions written to {@code predDir/<id>.json}: the cases to score. */
    public static Corpus read(Path goldDir, Path articlesDir, Path predDir) {
        List<EvalCase> cases = new ArrayList<>();
        for (String id : ids(goldDir)) {
            Article article = readArticle(articlesDir, id);
            JsonNode pred = readPrediction(predDir.resolve(id + ".json"));
            cases.add(new EvalCase(id, article.text(), readJson(goldDir.resolve(id + ".json")),
                    pred == null ? JsonNodeFactory.instance.objectNode() : pred, pred == null));
        }
        return new Corpus(cases);
    }

    private static JsonNode readPrediction(Path file) {
        try {
            JsonNode n = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            return n != null && n.isObject() ? n : null;
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** The ids of the gold files in a folder, sorted. */
    public static List<String> ids(Path goldDir) {
        try (Stream<Path> files = Files.list(goldDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line ends as Python reads a text file (and so as score.py counts offsets): CR LF and a lone CR become LF. */
    static String universalNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Reads {@code <id>.txt} (line ends as score.py reads them) and its {@code <id>.meta.json} (absent or partial metadata is fine). */
    public static Article readArticle(Path articlesDir, String id) {
        try {
            String text = universalNewlines(Files.readString(articlesDir.resolve(id + ".txt"), StandardCharsets.UTF_8));
            Path metaFile = articlesDir.resolve(id + ".meta.json");
            JsonNode meta = Files.exists(metaFile) ? readJson(metaFile) : JsonNodeFactory.instance.objectNode();
            String title = text.lines().findFirst().orElse("").strip();
            return new Article(new ArticleInfo(id, title, date(meta.get("published")), str(meta.get("url")),
                    str(meta.get("outlet"))), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one prediction JSON per article, for the reference scorer. */
    public static void dump(Path articlesDir, Path goldDir, Path outDir, Extractor extractor) throws IOException {
        Files.createDirectories(outDir);
        for (String id : ids(goldDir)) {
            Extraction x = extractor.extract(readArticle(articlesDir, id));
            Files.writeString(outDir.resolve(id + ".json"), Json.writePretty(x), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(JsonNode n) {
        String s = str(n);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String str(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}

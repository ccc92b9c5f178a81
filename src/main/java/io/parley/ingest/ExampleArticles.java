package io.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import io.parley.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The example articles that ship with Parley (written for it, under {@code src/main/resources/examples/}):
 * each {@code NN-slug.txt} with its {@code NN-slug.meta.json} ({@code published}, {@code outlet}, {@code url}),
 * listed in {@code index.txt}. Used by {@code ./parley demo} and the tests of question answering.
 */
public final class ExampleArticles {

    private static final String DIR = "/examples/";

    private ExampleArticles() {
    }

    /** A shipped example: its file name and the article read from it. */
    public record Example(String file, Article article) {
    }

    public static List<Example> load() {
        ArticleReader reader = new ArticleReader();
        List<Example> examples = new ArrayList<>();
        for (String file : new String(bytes("index.txt"), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList()) {
            examples.add(new Example(file, read(reader, file)));
        }
        return examples;
    }

    private static Article read(ArticleReader reader, String file) {
        JsonNode meta = Json.read(new String(bytes(file.replace(".txt", ".meta.json")), StandardCharsets.UTF_8), JsonNode.class);
        LocalDate published = meta.path("published").isTextual() ? LocalDate.parse(meta.path("published").asText()) : null;
        try {
            Article article = reader.read(bytes(file), published);
            return new Article(new io.parley.model.ArticleInfo(article.info().id(), article.info().title(), published,
                    text(meta, "url"), text(meta, "outlet")), article.text());
        } catch (InvalidArticleException e) {
            throw new IllegalStateException("shipped example " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode meta, String field) {
        return meta.path(field).isTextual() ? meta.path(field).asText() : null;
    }

    private static byte[] bytes(String name) {
        try (InputStream in = ExampleArticles.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing shipped example " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

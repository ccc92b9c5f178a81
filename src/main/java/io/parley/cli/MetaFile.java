package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import io.parley.service.ArticleDefaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The {@code <name>.meta.json} beside an article file ({@code story.txt}, {@code story.html.gz} → {@code
 * story.meta.json}): a JSON object whose {@code published} (YYYY-MM-DD), {@code url} and {@code outlet} fill what
 * the article does not state. A missing meta file is no metadata; a malformed one is an error naming it.
 */
final class MetaFile {

    /** The largest meta file read: metadata is a few lines. */
    static final long MAX_BYTES = 64 * 1024;

    private static final String SUFFIX = ".meta.json";

    private MetaFile() {
    }

    /** The meta file name for {@code article}: its name without {@code .gz} and its last extension, then {@code .meta.json}. */
    static String nameFor(String article) {
        String base = article.endsWith(".gz") ? article.substring(0, article.length() - 3) : article;
        int slash = base.lastIndexOf('/');
        int dot = base.lastIndexOf('.');
        return (dot > slash + 1 ? base.substring(0, dot) : base) + SUFFIX;
    }

    /** Whether {@code file} is a meta file rather than an article. */
    static boolean isMeta(String file) {
        return file.endsWith(SUFFIX);
    }

    /** The metadata beside {@code article}, or {@link ArticleDefaults#NONE} when there is no meta file. */
    static ArticleDefaults besides(String article) throws CliException {
        String name = nameFor(article);
        if (!Files.exists(Path.of(name))) {
            return ArticleDefaults.NONE;
        }
        return parse(name, new String(InputFiles.read(name, MAX_BYTES), StandardCharsets.UTF_8));
    }

    /** The metadata in {@code json}, read from the meta file {@code name}. */
    static ArticleDefaults parse(String name, String json) throws CliException {
        JsonNode meta = tree(name, json);
        if (!meta.isObject()) {
            throw invalid(name, "it must be a JSON object");
        }
        return new ArticleDefaults(date(name, meta.get("published")), text(name, meta, "url"), text(name, meta, "outlet"));
    }

    private static JsonNode tree(String name, String json) throws CliException {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw invalid(name, "it is not JSON");
        }
    }

    private static LocalDate date(String name, JsonNode value) throws CliException {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            if (value.isTextual()) {
                return LocalDate.parse(value.asText());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw invalid(name, "\"published\" must be a date like \"2025-11-19\"");
    }

    private static String text(String name, JsonNode meta, String field) throws CliException {
        JsonNode value = meta.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(name, "\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static CliException invalid(String name, String why) {
        return new CliException(name + ": not valid article metadata (" + why + ")");
    }
}

package io.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The articles of a folder given to {@code ingest}: the files directly in it (not in sub-folders) whose names end in
 * {@code .txt}, {@code .html}, {@code .htm}, {@code .json} or {@code .gz}, in name order, leaving out dotfiles,
 * {@code *.meta.json} (an article's metadata) and {@code index.txt} (a list of file names, as the examples ship).
 */
final class ArticleFolder {

    private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".json", ".gz");

    private ArticleFolder() {
    }

    /** {@code arguments} with each folder replaced by its articles; other arguments are kept as they are. */
    static List<String> expand(List<String> arguments) throws CliException {
        List<String> files = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(InputFiles.STDIN) || !Files.isDirectory(Path.of(argument))) {
                files.add(argument);
            } else {
                files.addAll(articles(argument));
            }
        }
        return files;
    }

    /** Whether a file named {@code name} (no folder) is taken as an article when its folder is ingested. */
    static boolean isArticle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith(".") && !MetaFile.isMeta(lower) && !lower.equals("index.txt")
                && EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static List<String> articles(String folder) throws CliException {
        try (Stream<Path> entries = Files.list(Path.of(folder))) {
            List<String> articles = entries.filter(p -> isArticle(p.getFileName().toString()))
                    .filter(p -> !Files.isDirectory(p)).map(Path::toString).sorted().toList();
            if (articles.isEmpty()) {
                throw new CliException(folder + ": no article files in the folder (.txt, .html, .htm, .json, .gz)");
            }
            return articles;
        } catch (IOException e) {
            throw new CliException(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
    }
}

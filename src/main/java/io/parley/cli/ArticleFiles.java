package io.parley.cli;

import io.parley.service.Upload;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * Turns an article argument of {@code extract} or {@code ingest} into an {@link Upload}: the file's bytes (or
 * standard input's, for {@code -}), read through {@link InputFiles}, with {@code --published} over the article's date.
 */
final class ArticleFiles {

    private ArticleFiles() {
    }

    /** The upload of {@code file} ({@code -}: standard input); {@code published} overrides the date when not null. */
    static Upload upload(String file, LocalDate published, InputStream stdin) throws CliException {
        String source = file.equals(InputFiles.STDIN) ? "stdin" : "file:" + file;
        return Upload.of(source, InputFiles.read(file, stdin)).publishedOn(published);
    }
}

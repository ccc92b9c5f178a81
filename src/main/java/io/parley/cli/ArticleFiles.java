package io.parley.cli;

import io.parley.service.Upload;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * Turns an article argument of {@code extract} or {@code ingest} into an {@link Upload}: the file's bytes (or
 * standard input's, for {@code -}), read through {@link InputFiles}, with the {@link MetaFile} beside it filling
 * what the article does not state, and {@code --published} over both.
 */
final class ArticleFiles {

    private ArticleFiles() {
    }

    /** The upload of {@code file} ({@code -}: standard input); {@code published} overrides the date when not null. */
    static Upload upload(String file, LocalDate published, InputStream stdin) throws CliException {
        if (file.equals(InputFiles.STDIN)) {
            return Upload.of("stdin", InputFiles.read(file, stdin)).publishedOn(published);
        }
        byte[] bytes = InputFiles.read(file);
        return Upload.of("file:" + file, bytes).withDefaults(MetaFile.besides(file)).publishedOn(published);
    }
}

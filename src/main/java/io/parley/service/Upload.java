package io.parley.service;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Upload is an article's bytes as an entry point received them (an S3 object, a request body, a file, a
 * fetched page), with where they came from and what the entry point knows beside them.
 *
 * @param source    where it came from, kept with the article ("s3://bucket/key", "api", "file:…", a feed URL)
 * @param defaults  metadata that fills what the article does not state (the article's own values win)
 * @param published a date that overrides the article's own ({@code --published}), or {@code null}
 * @param check     a further rule of the entry point (a scraped page must be long enough), applied before the defaults
 * @param contentType the media type the transport declared for the bytes (a fetched page's HTTP {@code Content-Type},
 *                  whose charset decodes it), or {@code null}
 */
public record Upload(String source, byte[] bytes, ArticleDefaults defaults, LocalDate published, ArticleCheck check,
                     String contentType) {

    public Upload {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        defaults = defaults == null ? ArticleDefaults.NONE : defaults;
        check = check == null ? ArticleCheck.NONE : check;
    }

    /** Bytes from a source, with no metadata beside them. */
    public static Upload of(String source, byte[] bytes) {
        return new Upload(source, bytes, ArticleDefaults.NONE, null, ArticleCheck.NONE, null);
    }

    public Upload withDefaults(ArticleDefaults metadata) {
        return new Upload(source, bytes, metadata, published, check, contentType);
    }

    /** The same upload with its publication date set to {@code date} whatever the article says ({@code null}: keep it). */
    public Upload publishedOn(LocalDate date) {
        return new Upload(source, bytes, defaults, date, check, contentType);
    }

    public Upload checkedBy(ArticleCheck rule) {
        return new Upload(source, bytes, defaults, published, rule, contentType);
    }

    /** The same upload, declared by its transport as {@code type} (an HTTP {@code Content-Type} value). */
    public Upload withContentType(String type) {
        return new Upload(source, bytes, defaults, published, check, type);
    }
}

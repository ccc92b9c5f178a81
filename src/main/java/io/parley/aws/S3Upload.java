package io.parley.aws;

import io.parley.service.ArticleDefaults;
import io.parley.service.Upload;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * An uploaded object: its bytes and the article metadata given as S3 user metadata
 * ({@code x-amz-meta-published}, {@code x-amz-meta-url}, {@code x-amz-meta-outlet}).
 */
public record S3Upload(String bucket, String key, byte[] bytes, Map<String, String> metadata) {

    public String source() {
        return "s3://" + bucket + "/" + key;
    }

    /** The object as ingest reads it: its bytes, its source and its metadata as defaults. */
    public Upload upload() {
        return Upload.of(source(), bytes).withDefaults(defaults());
    }

    /** The metadata as defaults for the article; an unreadable date is ignored. */
    public ArticleDefaults defaults() {
        return new ArticleDefaults(date(metadata.get("published")), metadata.get("url"), metadata.get("outlet"));
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

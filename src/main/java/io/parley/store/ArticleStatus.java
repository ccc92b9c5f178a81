package io.parley.store;

/** Where an article is in the pipeline. */
public enum ArticleStatus {
    /** Stored by ingest, waiting for extraction. */
    STORED,
    /** Meetings and statements extracted and stored. */
    EXTRACTED,
    /** Extraction failed; the article keeps the reason. */
    FAILED
}

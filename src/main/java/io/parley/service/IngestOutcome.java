package io.parley.service;

/**
 * What ingest did with one upload: stored it as a {@link New} article (and asked for its extraction), found
 * it a {@link Duplicate} of stored content, or {@link Rejected} it as not a readable article (not retried).
 */
public sealed interface IngestOutcome {

    /** The outcome's name as reports and the API show it. */
    enum Kind { NEW, DUPLICATE, REJECTED }

    Kind kind();

    /** An outcome that names a stored article. */
    sealed interface Stored extends IngestOutcome {
        String articleId();

        String title();
    }

    /** Stored for the first time and queued for extraction. */
    record New(String articleId, String title) implements Stored {
        @Override
        public Kind kind() {
            return Kind.NEW;
        }
    }

    /** The same content was already stored; it is not extracted again. */
    record Duplicate(String articleId, String title) implements Stored {
        @Override
        public Kind kind() {
            return Kind.DUPLICATE;
        }
    }

    /** Not a readable article: the reason is written for the person who supplied it. */
    record Rejected(String reason) implements IngestOutcome {
        @Override
        public Kind kind() {
            return Kind.REJECTED;
        }
    }
}

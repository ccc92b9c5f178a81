package io.parley.functions;

import java.util.List;

/** What the ingest function did with each article it was given. */
public record IngestReport(List<Item> results) {

    /**
     * One input's outcome.
     *
     * @param outcome NEW, DUPLICATE, or REJECTED (with the error) for input that is not a readable article
     */
    public record Item(String source, String articleId, String outcome, String error) {
    }
}

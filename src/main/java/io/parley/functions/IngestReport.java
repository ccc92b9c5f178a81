package io.parley.functions;

import io.parley.service.IngestOutcome;
import java.util.List;

/** What the ingest function did with each article it was given. */
public record IngestReport(List<Item> results) {

    /**
     * One input's outcome.
     *
     * @param outcome NEW, DUPLICATE, or REJECTED (with the error) for input that is not a readable article
     */
    public record Item(String source, String articleId, IngestOutcome.Kind outcome, String error) {

        static Item of(String source, IngestOutcome outcome) {
            if (outcome instanceof IngestOutcome.Stored stored) {
                return new Item(source, stored.articleId(), outcome.kind(), null);
            }
            return new Item(source, null, outcome.kind(), ((IngestOutcome.Rejected) outcome).reason());
        }
    }
}

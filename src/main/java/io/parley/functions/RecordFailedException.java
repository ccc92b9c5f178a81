package io.parley.functions;

import java.util.List;
import java.util.Map;

/**
 * Some records of an S3 event could not be ingested for a reason a retry may fix (storage, S3); the other
 * records were ingested. Thrown so that SQS (through the batch item failures) or Lambda retries the event.
 */
final class RecordFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param failures each failed record's source and its failure, in record order (not empty) */
    RecordFailedException(Map<String, RuntimeException> failures) {
        super(message(failures), failures.values().iterator().next());
        failures.values().stream().skip(1).forEach(this::addSuppressed);
    }

    private static String message(Map<String, RuntimeException> failures) {
        RuntimeException first = failures.values().iterator().next();
        return "ingest of " + String.join(", ", List.copyOf(failures.keySet())) + " failed (" + first.getClass().getSimpleName()
                + ": " + first.getMessage() + "); the other records of the event were ingested";
    }
}

package io.parley.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses {@code YYYY-MM-DD} option values. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(Optional<String> value, String option) throws UsageException {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.get());
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + option + " must be a date like 2025-11-19, not '" + value.get() + "'");
        }
    }
}

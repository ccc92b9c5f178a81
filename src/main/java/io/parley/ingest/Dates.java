package io.parley.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates reads the calendar date a page states, as written (no time-zone shift), from machine date strings. */
final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");

    private Dates() {
    }

    /** Parses ISO-8601 ({@code 2019-11-19T10:00:00Z}), {@code 2019/11/19}, {@code 20191119} or RFC 1123. */
    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip();
        Optional<LocalDate> found = fromMatch(ISO.matcher(s));
        if (found.isEmpty()) {
            found = fromMatch(COMPACT.matcher(s));
        }
        return found.isPresent() ? found : rfc1123(s);
    }

    private static Optional<LocalDate> fromMatch(Matcher m) {
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return year >= 1900 && year <= 2200 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> rfc1123(String s) {
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

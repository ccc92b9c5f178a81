package io.parley.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates reads the calendar date a page states, as written (no time-zone shift), from machine date strings. */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,? (\\d{4})\\b");
    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");

    private Dates() {
    }

    /**
     * Parses ISO-8601 ({@code 2019-11-19T10:00:00Z}), {@code 2019/11/19}, {@code 20191119}, RFC 1123, or an
     * English written date ("November 19, 2019, 07:47 PM EST", "01:38 PM IST Nov 20, 2019", "19 Nov 2019").
     */
    public static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip();
        Optional<LocalDate> found = fromMatch(ISO.matcher(s));
        if (found.isEmpty()) {
            found = fromMatch(COMPACT.matcher(s));
        }
        if (found.isEmpty()) {
            found = rfc1123(s);
        }
        return found.isPresent() ? found : written(s);
    }

    /** English dates written out: "November 19, 2019", "Nov. 19 2019", "19 November 2019". */
    private static Optional<LocalDate> written(String s) {
        Matcher m = MONTH_FIRST.matcher(s);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_FIRST.matcher(s);
        return m.find() ? date(m.group(3), month(m.group(2)), m.group(1)) : Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            int y = Integer.parseInt(year);
            LocalDate date = LocalDate.of(y, month, Integer.parseInt(day));
            return y >= 1900 && y <= 2200 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> fromMatch(Matcher m) {
        if (!m.find()) {
            return Optional.empty();
        }
        return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }

    private static Optional<LocalDate> rfc1123(String s) {
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

package io.parley.ask;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date range named in a question ("this month", "last week", "in November 2025", "since October",
 * "yesterday", "on 2025-11-17", "in 2025"), resolved against today's date, and the words it took.
 */
record DateRange(LocalDate from, LocalDate to, int start, int end) {

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
    private static final Pattern PATTERN = Pattern.compile(
            "\\b(?:(this|last|past) (week|month|year)|(today|yesterday)"
                    + "|(in|during|since|before|after) (" + MONTHS + ")(?: (\\d{4}))?"
                    + "|(on|since|before|after) (\\d{4}-\\d{2}-\\d{2})"
                    + "|(in|during|since) (\\d{4}))\\b",
            Pattern.CASE_INSENSITIVE);

    /** The first date range in {@code text}, if any. */
    static Optional<DateRange> find(String text, LocalDate today) {
        Matcher m = PATTERN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate[] range = m.group(2) != null ? relative(m.group(1), m.group(2), today)
                : m.group(3) != null ? day(m.group(3), today)
                : m.group(5) != null ? month(m.group(4), m.group(5), m.group(6), today)
                : m.group(8) != null ? exact(m.group(7), LocalDate.parse(m.group(8)))
                : year(m.group(9), Integer.parseInt(m.group(10)));
        return Optional.of(new DateRange(range[0], range[1], m.start(), m.end()));
    }

    private static LocalDate[] relative(String which, String unit, LocalDate today) {
        boolean last = which.equalsIgnoreCase("last");
        boolean past = which.equalsIgnoreCase("past");
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> past ? span(today.minusDays(6), today) : week(last ? today.minusWeeks(1) : today);
            case "month" -> past ? span(today.minusMonths(1), today) : monthOf(YearMonth.from(last ? today.minusMonths(1) : today));
            default -> past ? span(today.minusYears(1), today) : yearOf(last ? today.getYear() - 1 : today.getYear());
        };
    }

    private static LocalDate[] day(String which, LocalDate today) {
        LocalDate d = which.equalsIgnoreCase("today") ? today : today.minusDays(1);
        return span(d, d);
    }

    private static LocalDate[] month(String preposition, String monthName, String year, LocalDate today) {
        Month month = Month.valueOf(monthName.toUpperCase(Locale.ROOT));
        int y = year != null ? Integer.parseInt(year)
                : month.getValue() > today.getMonthValue() ? today.getYear() - 1 : today.getYear();
        LocalDate[] whole = monthOf(YearMonth.of(y, month));
        return bounded(preposition, whole);
    }

    private static LocalDate[] exact(String preposition, LocalDate date) {
        return bounded(preposition, span(date, date));
    }

    private static LocalDate[] year(String preposition, int year) {
        return bounded(preposition, yearOf(year));
    }

    private static LocalDate[] bounded(String preposition, LocalDate[] range) {
        return switch (preposition.toLowerCase(Locale.ROOT)) {
            case "since", "after" -> span(preposition.equalsIgnoreCase("after") ? range[1].plusDays(1) : range[0], null);
            case "before" -> span(null, range[0].minusDays(1));
            default -> range;
        };
    }

    private static LocalDate[] week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return span(monday, monday.plusDays(6));
    }

    private static LocalDate[] monthOf(YearMonth month) {
        return span(month.atDay(1), month.atEndOfMonth());
    }

    private static LocalDate[] yearOf(int year) {
        return span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static LocalDate[] span(LocalDate from, LocalDate to) {
        return new LocalDate[] {from, to};
    }
}

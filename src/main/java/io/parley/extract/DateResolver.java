package io.parley.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DateResolver finds the date words of a sentence ("on Monday", "last Tuesday", "Nov. 17", "17 November
 * 2025", "today", "this week") and resolves them against a reference date (the dateline's date, else the
 * article's publication date), never against the clock. A relative day word may open its sentence ("Earlier in the
 * day, ...", "Yesterday the two ministers ...").
 */
final class DateResolver {

    private static final String MONTHS = "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May"
            + "|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?";
    private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(?:(late|early|earlier|later) )?(?:(on|last|this|next|this past|since) )?(" + DAYS + ")"
                    + "(?: (?:morning|afternoon|evening|night))?"
                    + "|(" + MONTHS + ") (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?"
                    + "|(\\d{1,2}) (" + MONTHS + ")(?:,? (\\d{4}))?"
                    + "|([Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Tt]his morning|[Tt]his afternoon|[Tt]his evening"
                    + "|[Ll]ater in the day|[Ee]arlier in the day|[Ee]arlier today|[Ll]ater today)\\b"
                    + "|((?:this|last|next|earlier this|later this) (?:week|month|year))"
                    + "|in (" + MONTHS + ")(?: (\\d{4}))?)");

    /** A date expression: its words and offsets, and the date it resolves to (or null). */
    record Found(String text, int start, int end, LocalDate date) {
    }

    /** The first date expression in {@code [from, to)} that resolves to a date, else the first one; or null. */
    Found find(String text, int from, int to, LocalDate reference, boolean planned) {
        Matcher m = DATE.matcher(text).region(from, to);
        Found first = null;
        while (m.find()) {
            Found f = new Found(m.group(), m.start(), m.end(), safeResolve(m, reference, planned));
            if (f.date() != null) {
                return f;
            }
            first = first == null ? f : first;
        }
        return first;
    }

    private static LocalDate safeResolve(Matcher m, LocalDate reference, boolean planned) {
        try {
            return resolve(m, reference, planned);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate resolve(Matcher m, LocalDate ref, boolean planned) {
        if (m.group(3) != null) {
            return ref == null ? null : weekday(ref, DayOfWeek.valueOf(m.group(3).toUpperCase(Locale.ROOT)),
                    m.group(2), planned);
        }
        if (m.group(4) != null) {
            return monthDay(ref, month(m.group(4)), Integer.parseInt(m.group(5)), m.group(6), planned);
        }
        if (m.group(7) != null) {
            return monthDay(ref, month(m.group(8)), Integer.parseInt(m.group(7)), m.group(9), planned);
        }
        if (m.group(10) != null && ref != null) {
            return relativeDay(ref, m.group(10));
        }
        return null;
    }

    private static LocalDate relativeDay(LocalDate ref, String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "yesterday":
                return ref.minusDays(1);
            case "tomorrow":
                return ref.plusDays(1);
            default:
                return ref;
        }
    }

    private static LocalDate weekday(LocalDate ref, DayOfWeek day, String modifier, boolean planned) {
        boolean future = "next".equals(modifier) || planned && !"last".equals(modifier);
        int diff = day.getValue() - ref.getDayOfWeek().getValue();
        if (future) {
            return ref.plusDays(diff >= 0 ? diff : diff + 7);
        }
        return ref.minusDays(diff <= 0 ? -diff : 7 - diff);
    }

    private static LocalDate monthDay(LocalDate ref, Month month, int day, String year, boolean planned) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, day);
        }
        if (ref == null) {
            return null;
        }
        LocalDate d = LocalDate.of(ref.getYear(), month, day);
        if (!planned && d.isAfter(ref.plusDays(7))) {
            return d.minusYears(1);
        }
        return planned && d.isBefore(ref.minusDays(7)) ? d.plusYears(1) : d;
    }

    private static Month month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
                return m;
            }
        }
        throw new DateTimeException("no month " + word);
    }

    /** The date a dateline's "Nov 17" names, in the year of the publication date (or null). */
    LocalDate datelineDate(Dateline d, LocalDate published) {
        if (d.dateText() == null) {
            return published;
        }
        Found f = find(d.dateText(), 0, d.dateText().length(), published, false);
        return f != null && f.date() != null ? f.date() : published;
    }
}

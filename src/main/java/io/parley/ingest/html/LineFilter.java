package io.parley.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * LineFilter drops rendered lines that are page furniture rather than article text: stock labels
 * ("Advertisement", "Read more", "Image 2 of 5"), cross-links ("Related: ..."), short bylines ("By Jane Roe"),
 * date stamps ("Last updated: 6 May 2025"), wire credits ("Editing by ...") and repeats of the headline.
 */
final class LineFilter {

    private static final Pattern STOCK_LINE = Pattern.compile(
            "(?i)(advertisement|advert|ad|sponsored( content| links)?|story continues below( advertisement)?"
            + "|continue reading( the main story)?|read more|read next|share( this)?( article| story)?"
            + "|related( articles?| stories| news| content| coverage)?|click here( to [\\p{L} ]{1,40})?|see also"
            + "|loading|(photo|image|picture)( credit)?: .{1,80}|\\(?ap\\)?|skip to content"
            + "|you (may|might) also (like|be interested in)|recommended( for you)?|most (popular|read)"
            + "|trending( now)?|more from [\\p{L} ]{1,30}|more in [\\p{L} ]{1,30}|\\d* ?comments?|tags"
            + "|leave a (comment|reply)|don'?t miss|(image|photo|slide) \\d+ (of|/) \\d+"
            + "|this (slideshow|video|content) requires javascript|(please )?enable javascript.*|back to gallery"
            + "|like this|like loading|text size|subscribe|home|more|\\d+ (of|/) \\d+)[.:…!]*");

    private static final Pattern CROSS_LINK = Pattern.compile(
            "(?i)\\[?(related|read more|see more|read also|also read|more|don'?t miss|watch|listen|recommended"
            + "|related roundup|further reading|read|see|watch more)\\s*:\\s.{1,160}");

    /** Credit and contact lines at the foot of wire stories. */
    private static final Pattern CREDITS = Pattern.compile(
            "(?i)((additional )?(reporting|writing|editing) by .{2,250}"
            + "|(write to|email|e-mail|contact|reach) .{1,80}(@|twitter\\.com).{0,120})");

    /** Stamp lines such as "Last updated: 6 May 2025" or "Published on 2025-05-06 10:00". */
    private static final Pattern STAMP = Pattern.compile(
            "(?i)(last )?(updated|modified|published|posted|first published)( on| at)?:?(\\s+\\S+){1,6}");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** "By Jane Roe", "BY JANE ROE - 2019-04-10", "By Jane Roe, Diplomatic Correspondent"; not "By the numbers". */
    private static final Pattern BYLINE = Pattern.compile("(By|BY|by):? (?!(The|A|An|This|That|These)\\b)\\p{Lu}[^.!?]{1,60}");
    private static final int BYLINE_WORDS = 8;

    private final Set<String> titles;

    /** A filter that also drops lines equal to any of the given headline forms (case-insensitive). */
    LineFilter(List<String> titleForms) {
        this.titles = titleForms.stream().map(LineFilter::key).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The lines worth keeping, in order. */
    List<String> apply(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (keep(line)) {
                out.add(line);
            }
        }
        return out;
    }

    /** True when a line is article text. */
    boolean keep(String line) {
        return !STOCK_LINE.matcher(line).matches() && !CROSS_LINK.matcher(line).matches()
                && !CREDITS.matcher(line).matches() && !isStamp(line) && !isByline(line) && !titles.contains(key(line));
    }

    private static boolean isStamp(String line) {
        return STAMP.matcher(line).matches() && DIGIT.matcher(line).find();
    }

    private static boolean isByline(String line) {
        return BYLINE.matcher(line).matches() && line.split("\\s+").length <= BYLINE_WORDS;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}

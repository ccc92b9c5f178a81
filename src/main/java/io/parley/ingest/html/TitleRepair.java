package io.parley.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TitleRepair closes a {@code <title>} that the page never closes. An HTML5 parser reads everything after an
 * unclosed {@code <title>} as the title's text, so the whole page would vanish into it; a headline holds no
 * markup, so the title is closed where the next tag begins.
 */
final class TitleRepair {

    private static final Pattern OPEN = Pattern.compile("(?i)<title(\\s[^>]*)?>");
    private static final Pattern CLOSE = Pattern.compile("(?i)</title");

    private TitleRepair() {
    }

    /** The page with its first {@code <title>} closed before the next tag, when no {@code </title>} follows it. */
    static String close(String html) {
        Matcher open = OPEN.matcher(html);
        if (!open.find() || CLOSE.matcher(html).region(open.end(), html.length()).find()) {
            return html;
        }
        int next = html.indexOf('<', open.end());
        int at = next < 0 ? html.length() : next;
        return html.substring(0, at) + "</title>" + html.substring(at);
    }
}

package io.parley.ingest.html;

/**
 * TitleRepair closes a {@code <title>} that the page never closes. An HTML5 parser reads everything after an
 * unclosed {@code <title>} as the title's text, so the whole page would vanish into it; a headline holds no
 * markup, so the title is closed where the next tag begins. The page is scanned from one {@code <} to the next,
 * with no regular expression: this runs on every page, and most are long.
 */
final class TitleRepair {

    private TitleRepair() {
    }

    /** The page with its first {@code <title>} closed before the next tag, when no {@code </title>} follows it. */
    static String close(String html) {
        int openEnd = endOfOpenTitle(html);
        if (openEnd < 0 || indexOfTag(html, "</title", openEnd) >= 0) {
            return html;
        }
        int next = html.indexOf('<', openEnd);
        int at = next < 0 ? html.length() : next;
        return html.substring(0, at) + "</title>" + html.substring(at);
    }

    /** Where the first {@code <title>} or {@code <title attributes>} start tag ends, or -1 when there is none. */
    private static int endOfOpenTitle(String html) {
        for (int i = indexOfTag(html, "<title", 0); i >= 0; i = indexOfTag(html, "<title", i + 1)) {
            int after = i + "<title".length();
            if (after < html.length() && html.charAt(after) == '>') {
                return after + 1;
            }
            if (after < html.length() && isSpace(html.charAt(after))) {
                int close = html.indexOf('>', after);
                return close < 0 ? -1 : close + 1;
            }
        }
        return -1;
    }

    /** The first index at or after {@code from} where {@code tag} (starting with {@code <}) occurs, any case. */
    private static int indexOfTag(String html, String tag, int from) {
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, tag, 0, tag.length())) {
                return i;
            }
        }
        return -1;
    }

    /** The characters of the regex class {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}

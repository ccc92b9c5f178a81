package io.parley.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dateline is the place (and maybe date) that opens a news body: "TEHRAN –", "MOSCOW, Nov 17 (Reuters) -",
 * "WASHINGTON (AP) —", "MOSCOW, November 17. /TASS/.", or a city alone on its own line.
 */
record Dateline(String city, String dateText, int dateStart) {

    static final Dateline NONE = new Dateline(null, null, -1);

    private static final Pattern OPENING = Pattern.compile(
            "^([A-Z][A-Za-z.'\\- ]{1,30}?)(?:, ([A-Z][a-z]{2,8}\\.? \\d{1,2}))?(?:, \\d{4})?"
                    + "(?:(?: \\([A-Za-z .&]{1,30}\\))?\\s{0,3}(?:--|[–—:-])\\s"
                    + "|\\.?\\s{0,2}/[A-Za-z .&-]{1,30}/\\.?\\s)");

    static Dateline find(String text, List<Paragraph> paragraphs, Set<String> cities) {
        if (paragraphs.size() < 2) {
            return NONE;
        }
        Paragraph body = paragraphs.get(1);
        String head = text.substring(body.start(), Math.min(body.end(), body.start() + 80));
        Matcher m = OPENING.matcher(head);
        if (m.find() && (isCityWord(m.group(1)) || cities.contains(m.group(1).strip()))) {
            String city = m.group(1).strip();
            return new Dateline(isCityWord(city) ? titleCase(city) : city, m.group(2),
                    m.group(2) == null ? -1 : body.start() + m.start(2));
        }
        String line = head.strip();
        return cities.contains(titleCase(line)) ? new Dateline(titleCase(line), null, -1) : NONE;
    }

    private static boolean isCityWord(String s) {
        String t = s.strip();
        return t.equals(t.toUpperCase(Locale.ROOT)) && t.length() >= 3;
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '.';
        }
        return sb.toString();
    }
}

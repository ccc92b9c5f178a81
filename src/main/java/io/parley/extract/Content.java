package io.parley.extract;

/** Content cuts the reported clause out of a sentence: what follows the cue, else what precedes it. */
final class Content {

    private Content() {
    }

    static String reported(String text, Sentence s, Attribution a) {
        if (a.sentence() != s.index()) {
            return text.substring(s.start(), s.end());
        }
        String after = trim(text.substring(a.cue().end(), s.end()));
        if (after.startsWith("that ")) {
            after = after.substring(5);
        }
        if (after.split(" ").length >= 3) {
            return after;
        }
        String before = trim(trim(text.substring(s.start(), Math.max(s.start(), a.mentionStart())))
                .replaceFirst("(?i)[, ]+(?:the|a|an)$", ""));
        return before.isEmpty() ? trim(text.substring(s.start(), s.end())) : before;
    }

    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a)) && s.charAt(a) != '“' && s.charAt(a) != '"') {
            a++;
        }
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || s.charAt(b - 1) == ','
                || s.charAt(b - 1) == '.' || s.charAt(b - 1) == ':')) {
            b--;
        }
        return s.substring(a, b);
    }
}

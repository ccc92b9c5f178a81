package io.parley.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** InputFormat names the three kinds of article input and tells them apart by their first characters. */
enum InputFormat {
    JSON, HTML, PLAIN_TEXT;

    private static final Pattern HTML_START = Pattern.compile(
            "^(<!doctype html|<!--|<\\?xml|<(html|head|body|meta|title|link|script|style|article|main|section|header"
            + "|div|p|h[1-6]|table|span|ul|ol|blockquote)[\\s>/])");

    /** Detects the format: a leading "{" is JSON, a leading HTML tag is HTML, anything else plain text. */
    static InputFormat detect(String text) {
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            return JSON;
        }
        String head = start.substring(0, Math.min(start.length(), 64)).toLowerCase(Locale.ROOT);
        return HTML_START.matcher(head).find() ? HTML : PLAIN_TEXT;
    }
}

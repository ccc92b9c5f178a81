package io.parley.extract;

import java.util.ArrayList;
import java.util.List;

/** Paragraphs splits the text at line breaks into trimmed, non-blank paragraphs. */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<Paragraph> split(String text) {
        List<Paragraph> out = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                add(text, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    private static void add(String text, int start, int end, List<Paragraph> out) {
        int s = start;
        int e = end;
        while (s < e && isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Paragraph(out.size(), s, e));
        }
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}

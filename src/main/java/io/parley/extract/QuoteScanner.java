package io.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * QuoteScanner finds quoted stretches paragraph by paragraph with a small state machine: curly and
 * straight double quotes, {@code ''} and {@code ``} pairs, guillemets, and single quotes in the headline.
 * A quote still open at the end of a paragraph closes there; when the next paragraph opens with a quote
 * mark, that quote is marked as its continuation.
 */
final class QuoteScanner {

    private QuoteScanner() {
    }

    /** The scanner's state: outside any quote, or inside one opened by a given kind of mark. */
    enum State {
        OUTSIDE {
            @Override
            int closeLength(String t, int i, boolean headline) {
                return 0;
            }
        },
        CURLY {
            @Override
            int closeLength(String t, int i, boolean headline) {
                return t.charAt(i) == '”' || t.charAt(i) == '"' ? 1 : 0;
            }
        },
        STRAIGHT {
            @Override
            int closeLength(String t, int i, boolean headline) {
                return t.charAt(i) == '"' || t.charAt(i) == '”' ? 1 : 0;
            }
        },
        DOUBLED {
            @Override
            int closeLength(String t, int i, boolean headline) {
                return t.startsWith("''", i) || t.startsWith("’’", i) ? 2 : t.charAt(i) == '”' ? 1 : 0;
            }
        },
        GUILLEMET {
            @Override
            int closeLength(String t, int i, boolean headline) {
                return t.charAt(i) == '»' ? 1 : 0;
            }
        },
        SINGLE {
            @Override
            int closeLength(String t, int i, boolean headline) {
                char c = t.charAt(i);
                boolean mark = c == '’' || c == '\'';
                return mark && (i + 1 >= t.length() || !Character.isLetter(t.charAt(i + 1))) ? 1 : 0;
            }
        };

        /** The length of the closing mark at {@code i}, or 0 when none closes this state there. */
        abstract int closeLength(String text, int i, boolean headline);

        /** The state a mark at {@code i} opens, with its length, or null when no quote opens there. */
        static State opening(String t, int i, boolean headline) {
            char c = t.charAt(i);
            if (!mayOpen(c)) {
                return null;
            }
            if (c == '“' || c == '„') {
                return CURLY;
            }
            if (t.startsWith("''", i) || t.startsWith("``", i)) {
                return DOUBLED;
            }
            if (c == '"') {
                return STRAIGHT;
            }
            if (c == '«') {
                return GUILLEMET;
            }
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
            boolean single = c == '‘' || c == '\'' && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1));
            return (headline && single || c == '‘') && wordStart ? SINGLE : null;
        }

        /** Whether {@code c} is a mark that can open a quote (most characters are not, and need no further look). */
        private static boolean mayOpen(char c) {
            return c == '“' || c == '„' || c == '"' || c == '\'' || c == '`' || c == '«' || c == '‘';
        }

        int openLength() {
            return this == DOUBLED ? 2 : 1;
        }

        /** The mark that closes this quote when it was carried over paragraphs that open no new mark. */
        char carriedClose() {
            return this == GUILLEMET ? '»' : '”';
        }
    }

    static List<Quote> scan(String text, List<Paragraph> paragraphs) {
        List<Quote> out = new ArrayList<>();
        State leftOpen = null;
        for (int k = 0; k < paragraphs.size(); k++) {
            Paragraph p = paragraphs.get(k);
            int close = leftOpen != null ? unopenedClose(text, paragraphs, k, leftOpen.carriedClose()) : -1;
            if (close >= 0) {
                add(text, p.start(), p.start(), close, p, close < p.end(), true, out);
            }
            if (close == p.end()) {
                continue;
            }
            int from = close >= 0 ? close + 1 : p.start();
            leftOpen = scanParagraph(text, p, from, paragraphs.size() > 1 && p.index() == 0, leftOpen != null, out);
        }
        return out;
    }

    /**
     * Transcripts carry a quote over paragraphs with no opening marks, closing it once at the end: when a
     * quote was left open and the next mark, in this paragraph or one of the next three, is the closing mark of
     * that quote ({@code ”}, or {@code »} for a guillemet), this paragraph continues the quote up to that mark (or
     * wholly, when the mark comes later).
     * Returns the offset of the closing mark, the paragraph's end, or -1 when the quote does not continue.
     */
    private static int unopenedClose(String text, List<Paragraph> paragraphs, int k, char closing) {
        for (int j = k; j < Math.min(paragraphs.size(), k + 4); j++) {
            int mark = firstMark(text, paragraphs.get(j));
            if (mark >= 0) {
                return text.charAt(mark) != closing ? -1 : j == k ? mark : paragraphs.get(k).end();
            }
        }
        return -1;
    }

    private static int firstMark(String text, Paragraph p) {
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„') {
                return i;
            }
        }
        return -1;
    }

    /** Scans one paragraph from {@code from}; returns the state of a quote left open at its end, else null. */
    private static State scanParagraph(String text, Paragraph p, int from, boolean headline, boolean leftOpen,
                                       List<Quote> out) {
        State state = State.OUTSIDE;
        int open = -1;
        for (int i = from; i < p.end(); i++) {
            if (state == State.OUTSIDE) {
                State next = State.opening(text, i, headline);
                if (next != null) {
                    state = next;
                    open = i;
                    i += next.openLength() - 1;
                }
            } else {
                int close = state.closeLength(text, i, headline);
                if (close > 0) {
                    if (headline || state != State.SINGLE || words(text, open, i) >= 3) {
                        add(text, open, open + state.openLength(), i, p, true, leftOpen && open == p.start(), out);
                    }
                    state = State.OUTSIDE;
                    i += close - 1;
                }
            }
        }
        if (state != State.OUTSIDE && (headline || state != State.SINGLE)) {
            add(text, open, open + state.openLength(), p.end(), p, false, leftOpen && open == p.start(), out);
            return state;
        }
        return null;
    }

    private static int words(String text, int from, int to) {
        int n = 0;
        for (int i = from + 1; i < to; i++) {
            n += text.charAt(i) == ' ' ? 1 : 0;
        }
        return n + 1;
    }

    private static void add(String text, int open, int from, int to, Paragraph p, boolean closed,
                            boolean continued, List<Quote> out) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Quote(open, s, e, p.index(), closed, continued));
        }
    }
}

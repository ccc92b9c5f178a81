package io.parley.testing;

import java.nio.charset.Charset;

/**
 * CharsetPages builds small news pages in a given character set, for the tests of charset decoding: a story
 * whose sentences hold characters that differ between character sets (curly quotes, accents, the euro sign,
 * Japanese), declared (or not) in a {@code <meta>} tag.
 */
public final class CharsetPages {

    /** A Western European story: curly quotes, accented names and the euro sign (all in windows-1252). */
    public static final String WESTERN = "\u201cWe will meet again in Z\u00fcrich,\u201d said Foreign Minister "
            + "Ren\u00e9e Dufort after the talks on the \u20ac2 billion reconstruction fund.";

    /** The same story with only Latin-1 characters (no curly quotes or euro sign). */
    public static final String LATIN1 = "The ministers met in Z\u00fcrich, where Ren\u00e9e Dufort and J\u00f6rg "
            + "M\u00fcller signed the accord on fisheries, the ministry said.";

    /** A Japanese story. */
    public static final String JAPANESE = "\u5916\u52d9\u5927\u81e3\u306f\u6708\u66dc\u65e5\u3001\u6771\u4eac\u3067"
            + "\u4f1a\u8ac7\u3057\u3001\u6f01\u696d\u5354\u5b9a\u306b\u7f72\u540d\u3057\u305f\u3068\u767a\u8868\u3057"
            + "\u305f\u3002";

    private CharsetPages() {
    }

    /**
     * A page whose body holds {@code sentence} three times, encoded in {@code encoding} and declaring
     * {@code declared} in a {@code <meta charset>} ({@code null}: no declaration).
     */
    public static byte[] page(String sentence, Charset encoding, String declared) {
        String meta = declared == null ? "" : "<meta charset=\"" + declared + "\">";
        String html = "<!doctype html><html><head>" + meta + "<title>Talks end</title></head><body><article>"
                + "<h1>Talks end</h1><p>" + sentence + "</p><p>" + sentence + "</p><p>" + sentence + "</p>"
                + "</article></body></html>";
        return html.getBytes(encoding);
    }

    /** As {@link #page}, declared with {@code <meta http-equiv="Content-Type">} instead. */
    public static byte[] httpEquivPage(String sentence, Charset encoding, String declared) {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + declared
                + "\"><title>Talks end</title></head><body><div><p>" + sentence + "</p><p>" + sentence
                + "</p></div></body></html>";
        return html.getBytes(encoding);
    }
}

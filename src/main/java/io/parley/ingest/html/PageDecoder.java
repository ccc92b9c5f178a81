package io.parley.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PageDecoder turns the bytes of a web page into text by the character set the page declares, in the order
 * browsers follow: a byte-order mark, then the transport's declaration (the HTTP {@code Content-Type} charset),
 * then the page's own ({@code <meta charset>}, {@code <meta http-equiv="Content-Type">} or an XML declaration
 * in its first {@value #PRESCAN_BYTES} bytes). A declaration the bytes contradict is passed over: UTF-8 declared
 * over bytes that are not UTF-8, any other charset declared over bytes that are valid UTF-8 with multi-byte
 * sequences (a page saved as UTF-8 under an old template), or a charset under which more than one character in
 * {@value #MAX_BAD_SHARE_INVERSE} fails to decode; and a single-byte charset (ISO-8859-1, windows-1252, ...)
 * declared over bytes that are not UTF-8 and that {@link CharsetSniffer} confidently reads as a multi-byte one
 * (Shift_JIS, GBK, EUC-JP, ...): an old template's label over a page written in another charset. With no usable
 * declaration the page is UTF-8 when its bytes are valid UTF-8, else the charset {@link CharsetSniffer} guesses
 * with confidence {@value #MIN_GUESS_CONFIDENCE} or more, else windows-1252, the usual legacy charset of
 * English news sites.
 *
 * <p>Labels are read as the WHATWG Encoding Standard reads them: ISO-8859-1 and US-ASCII mean windows-1252,
 * Shift_JIS means windows-31j, GB2312 means GBK.
 */
public final class PageDecoder {

    /** How many leading bytes are searched for a {@code <meta>} declaration (browsers use 1,024). */
    static final int PRESCAN_BYTES = 4096;
    static final int MAX_BAD_SHARE_INVERSE = 200;
    /** The least confidence (of 100) at which a guessed charset decodes a page that declares none it can use. */
    static final int MIN_GUESS_CONFIDENCE = 30;
    /** The least confidence at which a guessed multi-byte charset overrules a declared single-byte one. */
    static final int MIN_OVERRULING_CONFIDENCE = 80;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)");
    private static final Map<String, String> ALIASES = Map.of(
            "iso-8859-1", "windows-1252", "latin1", "windows-1252", "us-ascii", "windows-1252",
            "ascii", "windows-1252", "shift_jis", "windows-31j", "sjis", "windows-31j", "x-sjis", "windows-31j",
            "gb2312", "GBK", "tis-620", "x-windows-874", "euc-kr", "x-windows-949");

    private PageDecoder() {
    }

    /**
     * A page decoded.
     *
     * @param text    the page's text, byte-order mark removed
     * @param charset the character set it was read with
     * @param basis   why: {@code "bom"}, {@code "http"}, {@code "meta"} or {@code "detected"}
     */
    public record Decoded(String text, Charset charset, String basis) {
    }

    /**
     * Decodes a page.
     *
     * @param bytes       the page as received
     * @param contentType the transport's {@code Content-Type} header value, or {@code null}
     */
    public static Decoded decode(byte[] bytes, String contentType) {
        Optional<Decoded> bom = byBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        Optional<CharsetSniffer.Guess> guess = utf8.isPresent() ? Optional.empty() : CharsetSniffer.guess(bytes);
        for (Declaration d : declarations(bytes, contentType)) {
            Optional<String> text = overruled(d.charset(), guess, bytes) ? Optional.empty()
                    : decodeAs(bytes, d.charset(), utf8);
            if (text.isPresent()) {
                return new Decoded(text.get(), d.charset(), d.basis());
            }
        }
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8, "detected");
        }
        return guess.filter(g -> g.confidence() >= MIN_GUESS_CONFIDENCE)
                .flatMap(g -> decodeAs(bytes, g.charset(), utf8).map(text -> new Decoded(text, g.charset(), "detected")))
                .orElseGet(() -> new Decoded(lenient(bytes, 0, WINDOWS_1252), WINDOWS_1252, "detected"));
    }

    /**
     * True when a declared single-byte charset is contradicted by a confident guess of a multi-byte one that
     * decodes every byte.
     */
    private static boolean overruled(Charset declared, Optional<CharsetSniffer.Guess> guess, byte[] bytes) {
        return declared.canEncode() && declared.newEncoder().maxBytesPerChar() == 1
                && guess.filter(g -> g.multiByte() && g.confidence() >= MIN_OVERRULING_CONFIDENCE)
                        .flatMap(g -> strict(bytes, 0, g.charset())).isPresent();
    }

    /** The charset named by a {@code Content-Type} value ("text/html; charset=ISO-8859-1"), if Java knows it. */
    static Optional<Charset> charsetOf(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HTTP_CHARSET.matcher(contentType);
        return m.find() ? forLabel(m.group(1)) : Optional.empty();
    }

    /** The charset a label names, read as browsers read it (ISO-8859-1 is windows-1252). */
    static Optional<Charset> forLabel(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        try {
            return Optional.of(Charset.forName(ALIASES.getOrDefault(key, key)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Declaration(Charset charset, String basis) {
    }

    private static List<Declaration> declarations(byte[] bytes, String contentType) {
        List<Declaration> out = new ArrayList<>(2);
        charsetOf(contentType).ifPresent(c -> out.add(new Declaration(c, "http")));
        metaCharset(bytes).ifPresent(c -> out.add(new Declaration(c, "meta")));
        return out;
    }

    private static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<Charset> declared = forLabel(m.group(1) != null ? m.group(1) : m.group(2));
        // A page cannot be UTF-16 if its declaration was readable as ASCII bytes: browsers read it as UTF-8.
        return declared.map(c -> c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c);
    }

    /** The text under a declared charset, or empty when the bytes contradict the declaration. */
    private static Optional<String> decodeAs(byte[] bytes, Charset charset, Optional<String> utf8) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return utf8;
        }
        if (utf8.isPresent() && hasNonAscii(bytes)) {
            return Optional.empty();
        }
        String text = lenient(bytes, 0, charset);
        return badCharacters(text) * MAX_BAD_SHARE_INVERSE > text.length() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<Decoded> byBom(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom"));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom"));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom"));
        }
        return Optional.empty();
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static int badCharacters(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            bad += text.charAt(i) == '\ufffd' ? 1 : 0;
        }
        return bad;
    }

    private static Optional<String> strict(byte[] bytes, int start, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String lenient(byte[] bytes, int start, Charset charset) {
        return new String(bytes, start, bytes.length - start, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

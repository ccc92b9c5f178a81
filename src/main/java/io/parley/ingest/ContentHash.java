package io.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * ContentHash makes an article id from its text: the first 16 hex digits of the SHA-256 of the text after
 * Unicode NFC normalisation and whitespace collapsing, so the same article read twice, or re-saved with other
 * line endings, gets the same id.
 */
public final class ContentHash {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int HEX_DIGITS = 16;

    private ContentHash() {
    }

    /** The id of a text: 16 lower-case hex digits. */
    public static String of(String text) {
        Objects.requireNonNull(text, "text");
        return HexFormat.of().formatHex(sha256(normalise(text))).substring(0, HEX_DIGITS);
    }

    /** The text as hashed: NFC, every whitespace run one space, trimmed. */
    static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

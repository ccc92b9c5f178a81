package io.parley.ingest;

import io.parley.ingest.html.PageDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * TextDecoder turns input bytes into text, with a clear refusal for empty, oversize, binary or UTF-16 input.
 * HTML (input whose first character is {@code <}) and input that came with a transport {@code Content-Type} are
 * decoded by their declared charset ({@link PageDecoder}); JSON and plain text must be UTF-8 (a byte-order mark
 * is dropped).
 */
final class TextDecoder {

    private static final int BINARY_SAMPLE = 8192;

    private final long maxBytes;

    TextDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Decodes the bytes or says why not.
     *
     * @param contentType the transport's {@code Content-Type} for the bytes (a scraped page's), or {@code null}
     */
    String decode(byte[] bytes, String contentType) throws InvalidArticleException {
        checkSize(bytes);
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new InvalidArticleException("the input is UTF-16 text; save it as UTF-8 and try again");
        }
        if (looksBinary(bytes)) {
            throw new InvalidArticleException("the input looks like a binary file, not text, HTML or JSON");
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String text = contentType != null || isMarkup(bytes, start)
                ? PageDecoder.decode(bytes, contentType).text() : utf8(bytes, start);
        if (text.isBlank()) {
            throw new InvalidArticleException("the input holds only whitespace");
        }
        return text;
    }

    private void checkSize(byte[] bytes) throws InvalidArticleException {
        if (bytes.length == 0) {
            throw new InvalidArticleException("the input is empty");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidArticleException(
                    "the input is " + bytes.length + " bytes, more than the limit of " + maxBytes + " bytes");
        }
    }

    private static String utf8(byte[] bytes, int start) throws InvalidArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new InvalidArticleException("the input is not valid UTF-8 (bad byte near offset "
                    + buffer.position() + "); save it as UTF-8 and try again");
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("the input is not valid UTF-8; save it as UTF-8 and try again");
        }
    }

    /** True when the first character after whitespace is {@code <}: HTML (or XML) input. */
    private static boolean isMarkup(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return bytes[i] == '<';
            }
        }
        return false;
    }

    /** True when the first bytes hold a NUL or many control characters, as binary formats do. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 10 > n;
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

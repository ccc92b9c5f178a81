package io.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * TextDecoder turns input bytes into text: UTF-8 only, byte-order mark removed, and a clear refusal for empty,
 * oversize, binary, UTF-16 or malformed input.
 */
final class TextDecoder {

    private static final int BINARY_SAMPLE = 8192;

    private final long maxBytes;

    TextDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Decodes the bytes or says why not. */
    String decode(byte[] bytes) throws InvalidArticleException {
        checkSize(bytes);
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new InvalidArticleException("the input is UTF-16 text; save it as UTF-8 and try again");
        }
        if (looksBinary(bytes)) {
            throw new InvalidArticleException("the input looks like a binary file, not text, HTML or JSON");
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String text = utf8(bytes, start);
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

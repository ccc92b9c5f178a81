package io.parley.ingest.html;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * CharsetSniffer guesses the character set of a page's bytes from the bytes alone, with ICU4J's
 * {@link CharsetDetector}: the byte patterns of multi-byte charsets (Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR)
 * and the letter statistics of single-byte ones, the markup left out. It is asked only about pages that are not
 * valid UTF-8, so pages that need no guess cost nothing. Guesses in UTF-16 or UTF-32 are not taken (a page
 * without a byte-order mark that was readable as ASCII markup is not UTF-16), nor charsets Java does not know.
 */
final class CharsetSniffer {

    private CharsetSniffer() {
    }

    /**
     * A guess.
     *
     * @param charset    the charset, as {@link PageDecoder#forLabel} reads its name (ISO-8859-1 is windows-1252)
     * @param confidence ICU's confidence, 0 to 100
     */
    record Guess(Charset charset, int confidence) {

        /** True when the charset spends more than one byte on some characters (Shift_JIS, GBK, ...). */
        boolean multiByte() {
            return charset.canEncode() && charset.newEncoder().maxBytesPerChar() > 1;
        }
    }

    /** The likeliest charset of the bytes, if ICU names one that Java can decode. */
    static Optional<Guess> guess(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null || match.getName().startsWith("UTF-16") || match.getName().startsWith("UTF-32")) {
            return Optional.empty();
        }
        return PageDecoder.forLabel(match.getName()).map(c -> new Guess(c, match.getConfidence()));
    }
}

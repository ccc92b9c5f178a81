package io.parley.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two fixed halves of a corpus, to write rules on one and check them on the other. Half A holds {@code seed}
 * and every id ending in an odd number (d01, d03, …, j11); half B every id ending in an even number (d02, …, j12).
 * An id with no number at its end (PolNeAR's) goes by the parity of the sum of its characters, so it too always
 * lands in the same half.
 */
public enum Half {
    A, B;

    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");

    /** The half an article id belongs to. */
    public static Half of(String id) {
        if (id.equals("seed")) {
            return A;
        }
        Matcher m = TRAILING_NUMBER.matcher(id);
        int n = m.find() ? lastDigit(m.group(1)) : id.chars().sum();
        return n % 2 == 1 ? A : B;
    }

    private static int lastDigit(String digits) {
        return digits.charAt(digits.length() - 1) - '0';
    }
}

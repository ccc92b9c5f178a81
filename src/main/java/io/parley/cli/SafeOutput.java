package io.parley.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * SafeOutput is the one place where the command line makes text harmless for a terminal: it escapes every
 * control character except newline and tab (C0, DEL and the C1 range U+0080–U+009F, which holds the 8-bit
 * CSI) as "&#92;u00XX", so an ANSI escape in an article, a stored statement or a file name prints as text.
 * The escape is also a valid JSON escape, so {@code --json} output stays valid JSON. It works on the UTF-8 bytes
 * its {@link PrintStream} writes: C0 and DEL are single bytes, a C1 character is {@code C2 80}–{@code C2 9F}.
 */
final class SafeOutput extends FilterOutputStream {

    private static final int C1_LEAD = 0xC2;

    private boolean pendingLead;

    private SafeOutput(OutputStream out) {
        super(out);
    }

    /** A UTF-8 print stream over {@code target} that escapes control characters, flushing at each line. */
    static PrintStream wrap(OutputStream target) {
        return new PrintStream(new SafeOutput(target), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) throws IOException {
        int value = b & 0xFF;
        if (pendingLead) {
            pendingLead = false;
            if (value <= 0x9F && value >= 0x80) {
                writeEscape(value);
                return;
            }
            out.write(C1_LEAD);
        }
        if (value == C1_LEAD) {
            pendingLead = true;
        } else if (value < 0x20 && value != '\n' && value != '\t' || value == 0x7F) {
            writeEscape(value);
        } else {
            out.write(value);
        }
    }

    /** Writes runs of harmless bytes in one call each (the target may be an unbuffered file descriptor). */
    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int run = offset;
        for (int i = offset; i < offset + length; i++) {
            if (!pendingLead && isPlain(bytes[i] & 0xFF)) {
                continue;
            }
            out.write(bytes, run, i - run);
            write(bytes[i]);
            run = i + 1;
        }
        out.write(bytes, run, offset + length - run);
    }

    private static boolean isPlain(int value) {
        return value >= 0x20 && value != 0x7F && value != C1_LEAD || value == '\n' || value == '\t';
    }

    /** Closes the stream; a lead byte still waiting (it cannot be, for text a PrintStream encoded) is written out. */
    @Override
    public void close() throws IOException {
        if (pendingLead) {
            pendingLead = false;
            out.write(C1_LEAD);
        }
        super.close();
    }

    private void writeEscape(int c) throws IOException {
        out.write(escaped(c).getBytes(StandardCharsets.US_ASCII));
    }

    private static String escaped(int c) {
        return String.format(Locale.ROOT, "\\u%04X", c);
    }
}

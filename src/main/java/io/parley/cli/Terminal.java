package io.parley.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a command writes: results to {@code out}, progress and errors to {@code err}. Everything written through
 * them passes {@link SafeOutput}, so control characters and terminal escapes that came with an article, a stored
 * fact or a file name are shown escaped ("&#92;u001B") instead of acting on the terminal; only {@link #progress}
 * moves the cursor, with a carriage return of its own.
 */
final class Terminal {

    private final PrintStream rawErr;
    private final PrintStream out;
    private final PrintStream err;

    Terminal(PrintStream out, PrintStream err) {
        this.rawErr = err;
        this.out = SafeOutput.wrap(out);
        this.err = SafeOutput.wrap(err);
    }

    /** Standard output and error, always in UTF-8 (the JVM would follow the locale, often ASCII). */
    static Terminal system() {
        return new Terminal(utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Shows a progress line on {@code err} in place of the previous one (a carriage return, then the line). */
    void progress(String line) {
        err.flush();
        rawErr.print('\r');
        rawErr.flush();
        err.print(line);
        err.flush();
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }
}

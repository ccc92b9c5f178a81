package io.parley.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a command reads and writes: articles given as {@code -} from {@code in}, results to {@code out}, progress and errors to {@code err}. Everything written through
 * them passes {@link SafeOutput}, so control characters and terminal escapes that came with an article, a stored
 * fact or a file name are shown escaped ("&#92;u001B") instead of acting on the terminal; only {@link #progress}
 * moves the cursor, with a carriage return of its own.
 */
final class Terminal {

    private final InputStream in;
    private final PrintStream rawErr;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean errIsTerminal;

    /** A terminal with nothing on standard input. */
    Terminal(PrintStream out, PrintStream err) {
        this(InputStream.nullInputStream(), out, err);
    }

    Terminal(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, false);
    }

    /** @param errIsTerminal whether {@code err} is a terminal (a progress line may then redraw itself) */
    Terminal(InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {
        this.in = in;
        this.rawErr = err;
        this.out = SafeOutput.wrap(out);
        this.err = SafeOutput.wrap(err);
        this.errIsTerminal = errIsTerminal;
    }

    /**
     * Standard output and error, always in UTF-8 (the JVM would follow the locale, often ASCII); the launcher
     * says whether standard error is a terminal ({@code -Dparley.stderr.tty=true}, from {@code [ -t 2 ]}).
     */
    static Terminal system() {
        return new Terminal(System.in, utf8(FileDescriptor.out), utf8(FileDescriptor.err), Boolean.getBoolean("parley.stderr.tty"));
    }

    /** Whether standard error is a terminal, where a progress line can redraw itself. */
    boolean errIsTerminal() {
        return errIsTerminal;
    }

    /** Standard input, where a {@code -} file argument is read from. */
    InputStream in() {
        return in;
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

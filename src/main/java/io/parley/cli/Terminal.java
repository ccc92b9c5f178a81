package io.parley.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Where a command writes: results to {@code out}, progress and errors to {@code err}. */
record Terminal(PrintStream out, PrintStream err) {

    /** Standard output and error, always in UTF-8 (the JVM would follow the locale, often ASCII). */
    static Terminal system() {
        return new Terminal(utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }
}

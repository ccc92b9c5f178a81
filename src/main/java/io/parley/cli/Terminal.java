package io.parley.cli;

import java.io.PrintStream;

/** Where a command writes: results to {@code out}, progress and errors to {@code err}. */
record Terminal(PrintStream out, PrintStream err) {

    static Terminal system() {
        return new Terminal(System.out, System.err);
    }
}

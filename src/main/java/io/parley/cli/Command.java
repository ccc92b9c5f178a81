package io.parley.cli;

import java.util.List;

/** One subcommand of {@code ./parley}. */
interface Command {

    /** The word that selects it, for example {@code extract}. */
    String name();

    /** Its arguments, for the usage line, for example {@code [--published YYYY-MM-DD] FILE}. */
    String synopsis();

    /** One line saying what it does. */
    String summary();

    /**
     * Runs it.
     *
     * @return the process exit code
     * @throws UsageException when the arguments are wrong
     */
    int run(List<String> args, Terminal terminal) throws Exception;
}

package io.parley.cli;

import java.util.Arrays;
import java.util.List;

/** The entry point of {@code ./parley}: picks the subcommand, runs it, turns failures into exit codes. */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        Terminal terminal = Terminal.system();
        int code = run(Arrays.asList(args), terminal);
        terminal.out().flush();
        System.exit(code);
    }

    static int run(List<String> args, Terminal terminal) {
        return run(args, terminal, Commands.all(Storage.LOCAL, StartingArticle.besideCheckout()));
    }

    /** Runs a command line with the storing commands over {@code storage} ({@code demo}: the examples only). */
    static int run(List<String> args, Terminal terminal, Storage storage) {
        return run(args, terminal, Commands.all(storage));
    }

    private static int run(List<String> args, Terminal terminal, Commands commands) {
        if (args.isEmpty() || isHelp(args.get(0))) {
            terminal.out().print(commands.usage());
            return args.isEmpty() ? USAGE : OK;
        }
        String name = args.get(0).equals("--version") ? "version" : args.get(0);
        return commands.find(name)
                .map(command -> runSafely(command, args.subList(1, args.size()), terminal))
                .orElseGet(() -> unknown(args.get(0), commands, terminal));
    }

    private static int runSafely(Command command, List<String> args, Terminal terminal) {
        try {
            if (!args.isEmpty() && isHelp(args.get(0))) {
                terminal.out().println("usage: parley " + command.name() + " " + command.synopsis());
                terminal.out().println(command.summary());
                return OK;
            }
            return command.run(args, terminal);
        } catch (UsageException e) {
            terminal.err().println("parley " + command.name() + ": " + e.getMessage());
            terminal.err().println("usage: parley " + command.name() + " " + command.synopsis());
            return USAGE;
        } catch (Exception e) {
            terminal.err().println("parley " + command.name() + ": " + describe(e));
            return FAILED;
        }
    }

    private static int unknown(String name, Commands commands, Terminal terminal) {
        terminal.err().println("parley: unknown command '" + name + "'");
        terminal.err().print(commands.usage());
        return USAGE;
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}

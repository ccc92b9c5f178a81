package io.parley.cli;

import java.util.List;
import java.util.Optional;

/** The subcommands of {@code ./parley}, in the order the help lists them. */
final class Commands {

    private final List<Command> commands;

    private Commands(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    static Commands all() {
        return new Commands(List.of(new DemoCommand(), new ExtractCommand(), new EvalCommand(), new IngestCommand(), new ReextractCommand(),
                new AskCommand(), new MeetingsCommand(), new StatementsCommand(), new TimelineCommand(),
                new GraphCommand(), new ScrapeCommand(), new FeedsCommand(), new TextCommand(),
                new VersionCommand(), new LocalCommand()));
    }

    Optional<Command> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    String usage() {
        StringBuilder text = new StringBuilder("usage: parley COMMAND [ARGS]   (parley COMMAND --help for its options)\n\n");
        text.append("Parley reads diplomatic news and records who met whom and who said what.\n\ncommands:\n");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Command c : commands) {
            text.append("  ").append(String.format(java.util.Locale.ROOT, "%-" + width + "s", c.name()))
                    .append("  ").append(c.summary()).append('\n');
        }
        return text.toString();
    }
}

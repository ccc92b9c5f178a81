package io.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The subcommands of {@code ./parley}, in the order the help lists them. */
final class Commands {

    private final List<Command> commands;

    private Commands(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    /** Every command, the storing ones over {@code storage}; {@code demo} with no starting article. */
    static Commands all(Storage storage) {
        return all(storage, Optional.empty());
    }

    /** Every command, the storing ones over {@code storage}, {@code demo} looking for the starting article there. */
    static Commands all(Storage storage, Optional<Path> startingArticle) {
        return new Commands(List.of(new DemoCommand(storage, startingArticle), new ExtractCommand(), new EvalCommand(),
                new IngestCommand(storage), new ReextractCommand(storage), new AskCommand(storage),
                new MeetingsCommand(storage), new EventsCommand(storage), new StatementsCommand(storage), new TimelineCommand(storage), new ActorsCommand(storage),
                new GraphCommand(storage), new ScrapeCommand(storage), new FeedsCommand(storage), new TextCommand(),
                new VersionCommand(), new LocalCommand(), new ServeCommand(storage)));
    }

    Optional<Command> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    String usage() {
        StringBuilder text = new StringBuilder("usage: parley COMMAND [ARGS]   (parley COMMAND --help for its options)\n\n");
        text.append("Parley reads diplomatic news and records who met whom and who said what.\n\ncommands:\n");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Command c : commands) {
            String name = "  " + String.format(java.util.Locale.ROOT, "%-" + width + "s", c.name()) + "  ";
            text.append(name).append(wrap(c.summary(), TextTable.DEFAULT_WIDTH - name.length(), " ".repeat(name.length())))
                    .append('\n');
        }
        return text.toString();
    }

    /** {@code text} in lines of at most {@code width} characters (longer words stay whole), later lines indented. */
    static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n').append(indent);
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}

package io.parley.cli;

import io.parley.json.Json;
import io.parley.model.ActorProfile;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** {@code parley actors}: the known actors matching a name or of a country, with the ids {@code timeline --id} takes. */
final class ActorsCommand implements Command {

    private final Storage storage;

    ActorsCommand(Storage storage) {
        this.storage = storage;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public String synopsis() {
        return "NAME | --country C [--json]";
    }

    @Override
    public String summary() {
        return "list known actors (name, title, country, aliases, id) by name or by country";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException {
        Args args = Args.parse(argList, Set.of("country"), Set.of("json"));
        String name = String.join(" ", args.positionals()).strip();
        if (name.isEmpty() == args.option("country").isEmpty()) {
            throw new UsageException("expects a NAME (any spelling, a surname is enough) or --country C");
        }
        List<ActorProfile> actors;
        try (LocalPipeline pipeline = LocalPipeline.start(storage)) {
            actors = name.isEmpty() ? pipeline.store().actorsOfCountry(args.option("country").get())
                    : pipeline.store().actors(name);
        }
        actors = actors.stream().sorted(Comparator.comparing(ActorProfile::name)).toList();
        if (args.flag("json")) {
            terminal.out().println(Json.write(actors));
        } else {
            print(actors, terminal);
        }
        return Main.OK;
    }

    private static void print(List<ActorProfile> actors, Terminal terminal) {
        TextTable table = new TextTable(List.of("ID", "NAME", "TITLE", "COUNTRY", "ALIASES"), 30, 30, 24, 16, 60);
        actors.forEach(a -> table.add(List.of(a.id(), a.name(), a.title() == null ? "" : a.title(),
                a.country() == null ? "" : a.country(), String.join("; ", a.aliases()))));
        table.print(terminal.out());
        if (actors.isEmpty()) {
            terminal.out().println("(no known actor matches)");
        }
    }
}

package io.parley.cli;

import io.parley.json.Json;
import io.parley.model.ActorProfile;
import io.parley.store.InvalidPageTokenException;
import io.parley.store.Page;
import io.parley.store.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code parley actors}: the known actors matching a name, of a country, or all of them a page at a time, with the
 * ids {@code timeline --id} takes.
 */
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
        return "[NAME | --country C | --limit N --next T] [--json]";
    }

    @Override
    public String summary() {
        return "list known actors (name, title, country, aliases, id) by name, by country, or all of them a page "
                + "at a time (--limit, default " + PageRequest.DEFAULT_LIMIT + ", at most " + PageRequest.MAX_LIMIT + ")";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        Args args = Args.parse(argList, Set.of("country", "limit", "next"), Set.of("json"));
        String name = String.join(" ", args.positionals()).strip();
        boolean paged = args.option("limit").isPresent() || args.option("next").isPresent();
        if (!name.isEmpty() && args.option("country").isPresent()
                || paged && (!name.isEmpty() || args.option("country").isPresent())) {
            throw new UsageException("expects a NAME (any spelling, a surname is enough), --country C, or neither "
                    + "(every actor, with --limit N and --next T)");
        }
        if (name.isEmpty() && args.option("country").isEmpty()) {
            return listAll(page(args), args.flag("json"), terminal);
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

    private static PageRequest page(Args args) throws UsageException {
        String limit = args.option("limit").orElse(String.valueOf(PageRequest.DEFAULT_LIMIT));
        try {
            int n = Integer.parseInt(limit);
            if (n >= 1 && n <= PageRequest.MAX_LIMIT) {
                return new PageRequest(n, args.option("next").orElse(null));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--limit must be a whole number from 1 to " + PageRequest.MAX_LIMIT + ", not '" + limit + "'");
    }

    private int listAll(PageRequest request, boolean json, Terminal terminal) throws CliException {
        Page<ActorProfile> page;
        try (LocalPipeline pipeline = LocalPipeline.start(storage)) {
            page = pipeline.store().allActors(request);
        } catch (InvalidPageTokenException e) {
            throw new CliException("--next: not a token that an earlier actors listing printed");
        }
        if (json) {
            terminal.out().println(Json.write(page));
            return Main.OK;
        }
        print(page.items(), terminal);
        if (page.next() != null) {
            terminal.out().println("(more: run again with --next and this token)");
            terminal.out().println(page.next());
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

package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import io.parley.model.ActorProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code parley timeline}: an actor's meetings and statements in date order. */
final class TimelineCommand implements Command {

    private final Storage storage;

    TimelineCommand(Storage storage) {
        this.storage = storage;
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String synopsis() {
        return "NAME | --id ACTOR_ID [--json]";
    }

    @Override
    public String summary() {
        return "an actor's meetings and statements in date order";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        Args args = Args.parse(argList, Set.of("id"), Set.of("json"));
        String name = String.join(" ", args.positionals());
        if (name.isBlank() == args.option("id").isEmpty()) {
            throw new UsageException("expects a NAME or --id ACTOR_ID");
        }
        try (LocalPipeline pipeline = LocalPipeline.start(storage)) {
            String id = args.option("id").orElse(null);
            if (id == null) {
                id = resolve(pipeline.store().actors(name), name, terminal);
            }
            print(LocalApi.call(pipeline, "GET", "/actors/" + id + "/timeline", Map.of(), null).json(), args.flag("json"), terminal);
        }
        return Main.OK;
    }

    private static String resolve(List<ActorProfile> found, String name, Terminal terminal) throws CliException {
        if (found.isEmpty()) {
            throw new CliException("no actor named " + name + " is known");
        }
        if (found.size() > 1) {
            StringBuilder choices = new StringBuilder(found.size() + " actors are called " + name + "; pick one with --id:");
            found.forEach(p -> choices.append("\n  --id ").append(p.id()).append("   ").append(p.name())
                    .append(p.title() == null ? "" : ", " + p.title()).append(p.country() == null ? "" : ", " + p.country()));
            throw new CliException(choices.toString());
        }
        return found.get(0).id();
    }

    private static void print(String json, boolean raw, Terminal terminal) {
        if (raw) {
            terminal.out().println(json);
            return;
        }
        JsonNode view = Json.read(json, JsonNode.class);
        JsonNode actor = view.path("actor");
        terminal.out().println(actor.path("name").asText() + describe(actor) + "  [id " + actor.path("id").asText() + "]");
        TextTable table = new TextTable(List.of("DATE", "WHAT", "SENTENCE"), 10, 10, 110);
        for (JsonNode e : view.path("events")) {
            table.add(List.of(QueryCommand.text(e.path("when")), e.path("type").asText(),
                    e.path("evidence").path("text").asText()));
        }
        table.print(terminal.out());
    }

    private static String describe(JsonNode actor) {
        String title = QueryCommand.text(actor.path("title"));
        String country = QueryCommand.text(actor.path("country"));
        return (title.isEmpty() ? "" : ", " + title) + (country.isEmpty() ? "" : ", " + country);
    }
}

package io.parley.cli;

import io.parley.json.Json;
import io.parley.ask.Graph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code parley graph}: who met whom, as JSON (nodes and edges) or Graphviz DOT. */
final class GraphCommand implements Command {

    private final Storage storage;

    GraphCommand(Storage storage) {
        this.storage = storage;
    }

    @Override
    public String name() {
        return "graph";
    }

    @Override
    public String synopsis() {
        return "[--from D] [--to D] [--country C] [--format json|dot|graphml]";
    }

    @Override
    public String summary() {
        return "who met whom as a graph: JSON nodes and edges, Graphviz DOT or GraphML (Gephi)";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        Args args = Args.parse(argList, Set.of("from", "to", "country", "format"), Set.of());
        String format = args.option("format").orElse("json");
        if (!Set.of("json", "dot", "graphml").contains(format)) {
            throw new UsageException("--format must be json, dot or graphml");
        }
        Map<String, String> query = new HashMap<>();
        for (String p : List.of("from", "to", "country")) {
            args.option(p).ifPresent(v -> query.put(p, v));
        }
        LocalApi.Reply reply;
        try (LocalPipeline pipeline = LocalPipeline.start(storage)) {
            reply = LocalApi.call(pipeline, "GET", "/graph", query, null);
        }
        terminal.out().print(switch (format) {
            case "dot" -> Json.read(reply.json(), Graph.class).toDot();
            case "graphml" -> GraphMl.write(Json.read(reply.json(), Graph.class));
            default -> reply.json() + "\n";
        });
        return Main.OK;
    }
}

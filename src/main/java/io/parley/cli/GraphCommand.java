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
        return "[--from D] [--to D] [--country C] [--format json|dot]";
    }

    @Override
    public String summary() {
        return "who met whom as a graph: JSON nodes and edges, or Graphviz DOT";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        Args args = Args.parse(argList, Set.of("from", "to", "country", "format"), Set.of());
        String format = args.option("format").orElse("json");
        if (!format.equals("json") && !format.equals("dot")) {
            throw new UsageException("--format must be json or dot");
        }
        Map<String, String> query = new HashMap<>();
        for (String p : List.of("from", "to", "country")) {
            args.option(p).ifPresent(v -> query.put(p, v));
        }
        LocalApi.Reply reply;
        try (LocalPipeline pipeline = LocalPipeline.start(storage)) {
            reply = LocalApi.call(pipeline, "GET", "/graph", query, null);
        }
        terminal.out().print(format.equals("json") ? reply.json() + "\n" : Json.read(reply.json(), Graph.class).toDot());
        return Main.OK;
    }
}

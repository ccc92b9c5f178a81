package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of the listing commands ({@code meetings}, {@code statements}): their options become the query
 * parameters of the same API route the HTTP API serves, so the checks and the JSON are identical.
 */
abstract class QueryCommand implements Command {

    private final Storage storage;
    private final String path;
    private final Set<String> params;

    QueryCommand(Storage storage, String path, Set<String> params) {
        this.storage = storage;
        this.path = path;
        this.params = params;
    }

    /** Prints the items of a successful answer as a table. */
    abstract void printTable(JsonNode items, Terminal terminal);

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        Args args = Args.parse(argList, params, Set.of("json"));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        Map<String, String> query = new HashMap<>();
        params.forEach(p -> args.option(p).ifPresent(v -> query.put(p, v)));
        LocalApi.Reply reply;
        try (LocalPipeline pipeline = LocalPipeline.start(storage)) {
            reply = LocalApi.call(pipeline, "GET", path, query, null);
        }
        if (args.flag("json")) {
            terminal.out().println(reply.json());
        } else {
            printTable(reply.body().path("items"), terminal);
            printNext(reply.body(), terminal);
        }
        return Main.OK;
    }

    private static void printNext(JsonNode body, Terminal terminal) {
        if (!body.path("next").isNull() && !body.path("next").isMissingNode()) {
            terminal.out().println("(more: add --next " + body.path("next").asText() + ")");
        }
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "" : node.asText();
    }
}

package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import io.parley.query.ApiRequest;
import io.parley.query.ApiResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of the listing commands ({@code meetings}, {@code statements}): their options become the query
 * parameters of the same API route the HTTP API serves, so the checks and the JSON are identical.
 */
abstract class QueryCommand implements Command {

    private final String path;
    private final Set<String> params;

    QueryCommand(String path, Set<String> params) {
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
        ApiResponse response;
        try (LocalPipeline pipeline = LocalPipeline.start()) {
            response = pipeline.api().handle(new ApiRequest("GET", path, query, null));
        }
        JsonNode body = Json.read(response.json(), JsonNode.class);
        if (response.status() != 200) {
            throw new UsageException(body.path("error").path("message").asText());
        }
        if (args.flag("json")) {
            terminal.out().println(response.json());
        } else {
            printTable(body.path("items"), terminal);
            printNext(body, terminal);
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

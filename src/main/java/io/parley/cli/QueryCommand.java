package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of the listing commands ({@code meetings}, {@code statements}): their options become the query
 * parameters of the same API route the HTTP API serves, so the checks and the JSON are identical. Output is a
 * table that fits the line width, the API's JSON ({@code --json} or {@code --format json}) or CSV.
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

    /** The items of a successful answer as a table (not yet printed). */
    abstract TextTable table(JsonNode items);

    /** A value of an option as the API takes it (commands may accept friendlier spellings). */
    String apiValue(String option, String value) throws UsageException {
        return value;
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        Set<String> valued = new java.util.HashSet<>(params);
        valued.add("format");
        Args args = Args.parse(argList, valued, Set.of("json"));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        String format = args.flag("json") ? "json" : args.option("format").orElse("table");
        if (!Set.of("table", "json", "csv").contains(format)) {
            throw new UsageException("--format must be table, json or csv, not '" + format + "'");
        }
        Map<String, String> query = new HashMap<>();
        for (String p : params) {
            if (args.option(p).isPresent()) {
                query.put(p, apiValue(p, args.option(p).get()));
            }
        }
        LocalApi.Reply reply;
        try (LocalPipeline pipeline = LocalPipeline.start(storage)) {
            reply = LocalApi.call(pipeline, "GET", path, query, null);
        }
        switch (format) {
            case "json" -> terminal.out().println(reply.json());
            case "csv" -> table(reply.body().path("items")).printCsv(terminal.out());
            default -> {
                table(reply.body().path("items")).print(terminal.out());
                printNext(reply.body(), terminal);
            }
        }
        return Main.OK;
    }

    private static void printNext(JsonNode body, Terminal terminal) {
        if (!body.path("next").isNull() && !body.path("next").isMissingNode()) {
            // The token goes on a line of its own: it is as long as the keys it names, and the table fits 80 columns.
            terminal.out().println("(more: run again with --next and this token)");
            terminal.out().println(body.path("next").asText());
        }
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "" : node.asText();
    }
}

package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import io.parley.query.ApiRequest;
import io.parley.query.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code parley ask}: answers a question in plain language from the local store, citing sentences. */
final class AskCommand implements Command {

    @Override
    public String name() {
        return "ask";
    }

    @Override
    public String synopsis() {
        return "\"QUESTION\" [--json]";
    }

    @Override
    public String summary() {
        return "answer a question (\"What did Lavrov say about sanctions?\") with the sentences behind it";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException {
        Args args = Args.parse(argList, Set.of(), Set.of("json"));
        if (args.positionals().isEmpty()) {
            throw new UsageException("expects a QUESTION (quote it)");
        }
        String question = String.join(" ", args.positionals());
        ApiResponse response;
        try (LocalPipeline pipeline = LocalPipeline.start()) {
            response = pipeline.api().handle(new ApiRequest("POST", "/ask", Map.of(), Json.write(Map.of("question", question))));
        }
        JsonNode body = Json.read(response.json(), JsonNode.class);
        if (response.status() != 200) {
            throw new UsageException(body.path("error").path("message").asText());
        }
        if (args.flag("json")) {
            terminal.out().println(response.json());
        } else {
            AnswerPrinter.print(body, terminal.out());
        }
        return Main.OK;
    }
}

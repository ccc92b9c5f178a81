package io.parley.cli;

import io.parley.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code parley ask}: answers a question in plain language from the local store, citing sentences. */
final class AskCommand implements Command {

    private final Storage storage;

    AskCommand(Storage storage) {
        this.storage = storage;
    }

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
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        Args args = Args.parse(argList, Set.of(), Set.of("json"));
        if (args.positionals().isEmpty()) {
            throw new UsageException("expects a QUESTION (quote it)");
        }
        String question = String.join(" ", args.positionals());
        LocalApi.Reply reply;
        try (LocalPipeline pipeline = LocalPipeline.start(storage)) {
            reply = LocalApi.call(pipeline, "POST", "/ask", Map.of(), Json.write(Map.of("question", question)));
        }
        if (args.flag("json")) {
            terminal.out().println(reply.json());
        } else {
            AnswerPrinter.print(reply.body(), terminal.out());
        }
        return Main.OK;
    }
}

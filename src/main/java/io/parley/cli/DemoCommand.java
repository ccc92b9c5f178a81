package io.parley.cli;

import io.parley.ingest.ExampleArticles;
import io.parley.json.Json;
import io.parley.service.IngestOutcome;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code parley demo}: the main job end to end on the example articles that ship with Parley: starts the
 * local DynamoDB, ingests and extracts each article, prints its digest, then answers three questions.
 */
final class DemoCommand implements Command {

    static final List<String> QUESTIONS = List.of(
            "What did Lavrov say about Iran's nuclear programme?",
            "Who did Aref meet in Moscow?",
            "When did Araghchi last speak with Lavrov?");

    private final Storage storage;

    DemoCommand(Storage storage) {
        this.storage = storage;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "ingest the shipped example articles into the local DynamoDB, print digests, answer three questions";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        if (!Args.parse(argList, Set.of(), Set.of()).positionals().isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        try (LocalPipeline pipeline = LocalPipeline.start(storage)) {
            terminal.out().println("== Articles (local DynamoDB, data under .parley/)\n");
            ExampleArticles.load().forEach(example -> digest(pipeline, example, terminal));
            terminal.out().println("== Questions\n");
            for (String question : QUESTIONS) {
                terminal.out().println("? " + question);
                AnswerPrinter.print(LocalApi.call(pipeline, "POST", "/ask", Map.of(),
                        Json.write(Map.of("question", question))).body(), terminal.out());
                terminal.out().println();
            }
        }
        terminal.out().println(Commands.wrap("Try: ./parley ask \"What was said about the snapback mechanism?\", ./parley meetings,"
                + " ./parley timeline Lavrov, ./parley graph --format dot", TextTable.lineWidth(), "     "));
        return Main.OK;
    }

    private static void digest(LocalPipeline pipeline, ExampleArticles.Example example, Terminal terminal) {
        IngestOutcome.Stored result = pipeline.ingest().ingest(example.article(), "example:" + example.file());
        pipeline.drain(extraction -> { });
        String summary = pipeline.store().extraction(result.articleId()).map(e -> e.summary()).orElse("(not extracted)");
        int width = TextTable.lineWidth();
        terminal.out().println(Commands.wrap(example.article().info().published() + "  " + example.article().info().title(),
                width, "            "));
        terminal.out().println("    " + Commands.wrap(summary, width - 4, "    ") + "\n");
    }
}

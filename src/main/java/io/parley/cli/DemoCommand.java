package io.parley.cli;

import io.parley.ingest.ExampleArticles;
import io.parley.json.Json;
import io.parley.model.ArticleInfo;
import io.parley.service.IngestOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code parley demo}: the main job end to end on the example articles that ship with Parley and the project's
 * starting article beside the checkout ({@link StartingArticle}), when it is there: starts the local DynamoDB,
 * ingests and extracts each article, prints its digest, then answers three questions. Every line fits
 * {@link TextTable#lineWidth()}.
 */
final class DemoCommand implements Command {

    static final List<String> QUESTIONS = List.of(
            "What did Lavrov say about Iran's nuclear programme?",
            "Who did Aref meet in Moscow?",
            "When did Araghchi last speak with Lavrov?");

    private final Storage storage;
    private final Optional<Path> startingArticle;

    /** @param startingArticle where the project's starting article would be; empty when there is no checkout */
    DemoCommand(Storage storage, Optional<Path> startingArticle) {
        this.storage = storage;
        this.startingArticle = startingArticle;
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
        return "ingest the shipped example articles and the project's starting article into the local DynamoDB,"
                + " print digests, answer three questions";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        if (!Args.parse(argList, Set.of(), Set.of()).positionals().isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        try (LocalPipeline pipeline = LocalPipeline.start(storage)) {
            terminal.out().println("== Articles (local DynamoDB, data under .parley/)\n");
            ExampleArticles.load().forEach(example -> digest(pipeline,
                    pipeline.ingest().ingest(example.article(), "example:" + example.file()), terminal));
            startingArticle(pipeline, terminal);
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

    private void startingArticle(LocalPipeline pipeline, Terminal terminal) throws CliException {
        terminal.out().println(say("== The project's starting article (" + StartingArticle.BESIDE_CHECKOUT + ")", "   ")
                + "\n");
        Optional<Path> file = startingArticle.filter(Files::isRegularFile);
        if (file.isEmpty()) {
            terminal.out().println(say(startingArticle.isEmpty()
                    ? "    No checkout to look beside: only the shipped examples are used."
                    : "    Not there (" + startingArticle.get() + "): only the shipped examples are used.", "    ") + "\n");
            return;
        }
        digest(pipeline, pipeline.ingest().ingest(ArticleFiles.upload(file.get().toString(), null, null)), terminal);
    }

    private static void digest(LocalPipeline pipeline, IngestOutcome outcome, Terminal terminal) {
        if (!(outcome instanceof IngestOutcome.Stored stored)) {
            terminal.out().println(say("    not ingested: " + ((IngestOutcome.Rejected) outcome).reason(), "    ") + "\n");
            return;
        }
        pipeline.drain(extraction -> { });
        String summary = pipeline.store().extraction(stored.articleId()).map(e -> e.summary()).orElse("(not extracted)");
        ArticleInfo info = pipeline.store().find(stored.articleId()).orElseThrow().article().info();
        String date = info.published() == null ? "undated   " : info.published().toString();
        terminal.out().println(say(date + "  " + info.title(), "            "));
        terminal.out().println("    " + Commands.wrap(summary, TextTable.lineWidth() - 4, "    ") + "\n");
    }

    private static String say(String text, String indent) {
        return Commands.wrap(text, TextTable.lineWidth(), indent);
    }
}

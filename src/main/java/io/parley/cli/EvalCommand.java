package io.parley.cli;

import io.parley.eval.Evaluation;
import io.parley.eval.Report;
import io.parley.extract.Extractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code parley eval}: scores the extractor against annotated articles, as the corpus scorer counts. */
final class EvalCommand implements Command {

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String synopsis() {
        return "GOLD_DIR ARTICLES_DIR";
    }

    @Override
    public String summary() {
        return "score extraction against gold annotations: precision, recall, F1 of meetings, statements, quotes";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        Args args = Args.parse(argList, Set.of(), Set.of());
        if (args.positionals().size() != 2) {
            throw new UsageException("expects GOLD_DIR and ARTICLES_DIR");
        }
        Path gold = directory(args.positionals().get(0));
        Path articles = directory(args.positionals().get(1));
        Report report = Evaluation.run(gold, articles, Extractor.create());
        terminal.out().print(report.format());
        return Main.OK;
    }

    private static Path directory(String name) throws CliException {
        Path dir = Path.of(name);
        if (!Files.isDirectory(dir)) {
            throw new CliException(name + ": not a directory");
        }
        return dir;
    }
}

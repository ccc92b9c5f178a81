package io.parley.cli;

import io.parley.eval.Breakdown;
import io.parley.eval.Corpus;
import io.parley.eval.Evaluation;
import io.parley.eval.HalvesReport;
import io.parley.extract.Extractor;
import io.parley.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code parley eval}: scores the extractor (or a folder of predictions) against annotated articles. The first
 * block is exactly what the corpus scorer {@code score.py --verbose} prints; the halves, the precision per rule
 * and the misses follow on request, each in its own block.
 */
final class EvalCommand implements Command {

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String synopsis() {
        return "[--halves] [--by-rule] [--misses] [--all] [--json] GOLD_DIR ARTICLES_DIR [PRED_DIR]";
    }

    @Override
    public String summary() {
        return "score extraction against gold annotations as score.py does; --halves: the fixed halves A and B and "
                + "their gap; --by-rule: precision per rule and misses counted by kind; --misses: every miss listed by kind; --all: all; "
                + "--json: the scores (and halves) as JSON";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        Args args = Args.parse(argList, Set.of(), Set.of("halves", "by-rule", "misses", "all", "json"));
        if (args.positionals().size() < 2 || args.positionals().size() > 3) {
            throw new UsageException("expects GOLD_DIR and ARTICLES_DIR, and optionally PRED_DIR");
        }
        if (args.flag("json") && (args.flag("by-rule") || args.flag("misses") || args.flag("all"))) {
            throw new UsageException("--json gives the scores and --halves only, not --by-rule, --misses or --all");
        }
        Path gold = directory(args.positionals().get(0));
        Path articles = directory(args.positionals().get(1));
        Corpus corpus = args.positionals().size() == 3
                ? Evaluation.read(gold, articles, directory(args.positionals().get(2)))
                : Evaluation.extract(gold, articles, Extractor.create());
        if (args.flag("json")) {
            terminal.out().println(Json.write(EvalJson.of(corpus, args.flag("halves"))));
            return Main.OK;
        }
        terminal.out().print(corpus.report().format());
        boolean all = args.flag("all");
        if (all || args.flag("halves")) {
            terminal.out().print("\n" + HalvesReport.format(corpus));
        }
        Breakdown breakdown = all || args.flag("by-rule") || args.flag("misses") ? corpus.breakdown() : null;
        if (all || args.flag("by-rule")) {
            terminal.out().print("\n" + breakdown.formatByRule());
        }
        if (breakdown != null) {
            terminal.out().print("\n" + breakdown.formatMisses(all || args.flag("misses")));
        }
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

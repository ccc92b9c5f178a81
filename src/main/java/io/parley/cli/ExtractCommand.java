package io.parley.cli;

import io.parley.extract.Extractor;
import io.parley.ingest.ArticleReader;
import io.parley.ingest.InvalidArticleException;
import io.parley.json.Json;
import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.service.ArticleIntake;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** {@code parley extract}: prints the extraction JSON (or the digest) of one article file. */
final class ExtractCommand implements Command {

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String synopsis() {
        return "[--published YYYY-MM-DD] [--format json|summary] [--explain] FILE";
    }

    @Override
    public String summary() {
        return "extract meetings and statements from one article (text, HTML or JSON) and print them; --explain: "
                + "per sentence the mentions, entities, cues, quotes, the rule behind each fact or why none fired";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        Args args = Args.parse(argList, Set.of("published", "format"), Set.of("explain"));
        if (args.positionals().size() != 1) {
            throw new UsageException("expects exactly one FILE");
        }
        String format = args.option("format").orElse("json");
        if (!format.equals("json") && !format.equals("summary")) {
            throw new UsageException("--format must be json or summary");
        }
        LocalDate published = Dates.parse(args.option("published"), "published");
        if (args.flag("explain")) {
            Article article = read(args.positionals().get(0), published, terminal);
            terminal.out().print(ExplainPrinter.render(Extractor.create().explain(article)));
            return Main.OK;
        }
        Extraction extraction = Extractor.create().extract(read(args.positionals().get(0), published, terminal));
        terminal.out().println(format.equals("json") ? Json.writePretty(extraction) : extraction.summary());
        return Main.OK;
    }

    private static Article read(String file, LocalDate published, Terminal terminal) throws CliException {
        try {
            return new ArticleIntake(ArticleReader.DEFAULT_MAX_BYTES).read(ArticleFiles.upload(file, published, terminal.in()));
        } catch (InvalidArticleException e) {
            throw new CliException(file + ": " + e.getMessage());
        }
    }
}

package io.parley.cli;

import io.parley.json.Json;
import io.parley.model.Extraction;
import io.parley.service.IngestOutcome;
import io.parley.service.Upload;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code parley ingest}: stores and extracts article files into the local DynamoDB, as the deployed pipeline does. */
final class IngestCommand implements Command {

    private final Storage storage;

    IngestCommand(Storage storage) {
        this.storage = storage;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String synopsis() {
        return "[--published YYYY-MM-DD] [--json] FILE|DIR...";
    }

    @Override
    public String summary() {
        return "ingest and extract article files (text, HTML, JSON; a DIR: its articles) into the local DynamoDB under "
                + ".parley/";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        Args args = Args.parse(argList, Set.of("published"), Set.of("json"));
        if (args.positionals().isEmpty()) {
            throw new UsageException("expects at least one FILE or DIR");
        }
        List<String> files = ArticleFolder.expand(args.positionals());
        LocalDate published = Dates.parse(args.option("published"), "published");
        Tally tally = new Tally();
        try (LocalPipeline pipeline = LocalPipeline.start(storage)) {
            for (int i = 0; i < files.size() && tally.outage == null; i++) {
                terminal.progress(String.format(Locale.ROOT, "[%d/%d] %s", i + 1, files.size(), files.get(i)));
                tally.current = files.get(i);
                tally.position = i + 1;
                ingestOne(pipeline, files.get(i), published, terminal, tally);
            }
            terminal.err().println();
        }
        tally.print(terminal, files.size(), args.flag("json"));
        return tally.failed.isEmpty() && tally.outage == null ? Main.OK : Main.FAILED;
    }

    private static void ingestOne(LocalPipeline pipeline, String file, LocalDate published, Terminal terminal,
            Tally tally) {
        try {
            ingestFile(pipeline, ArticleFiles.upload(file, published, terminal.in()), file, tally);
        } catch (CliException e) {
            tally.failed.add(e.getMessage());
        } catch (RuntimeException e) {
            StoreOutage.of(e).ifPresentOrElse(reason -> tally.outage = reason,
                    () -> tally.failed.add(file + ": " + e.getMessage()));
        }
    }

    private static void ingestFile(LocalPipeline pipeline, Upload upload, String file, Tally tally) {
        IngestOutcome outcome = pipeline.ingest().ingest(upload);
        if (outcome instanceof IngestOutcome.Rejected rejected) {
            tally.failed.add(file + ": " + rejected.reason());
            return;
        }
        if (outcome.kind() == IngestOutcome.Kind.DUPLICATE) {
            tally.duplicates++;
        }
        pipeline.drain(tally::count);
    }

    /** Counts of one run. */
    private static final class Tally {
        int articles;
        int meetings;
        int statements;
        int duplicates;
        int position;
        String current;
        String outage;
        final List<String> failed = new ArrayList<>();

        void count(Extraction extraction) {
            articles++;
            meetings += extraction.meetings().size();
            statements += extraction.statements().size();
        }

        void print(Terminal terminal, int files, boolean json) {
            if (json) {
                terminal.out().println(Json.write(new Result(articles, meetings, statements, duplicates, failed)));
            } else {
                printText(terminal);
            }
            printOutage(terminal, files);
        }

        private void printText(Terminal terminal) {
            terminal.out().printf(Locale.ROOT, "stored %d article(s) with %d meeting(s) and %d statement(s); "
                    + "%d duplicate(s) skipped; %d failed%n", articles, meetings, statements, duplicates, failed.size());
            failed.forEach(f -> terminal.out().println("  failed: " + f));
        }

        private void printOutage(Terminal terminal, int files) {
            if (outage != null) {
                terminal.err().printf(Locale.ROOT, "parley ingest: the database stopped answering (%s) at file %d of %d "
                        + "(%s); stopped there. What was stored is kept: run the same command again once it is back "
                        + "(stored files come back as duplicates).%n", outage, position, files, current);
            }
        }
    }

    /** The {@code --json} form of a run's counts; each failure is "FILE: reason". */
    record Result(int stored, int meetings, int statements, int duplicates, List<String> failed) {
    }
}

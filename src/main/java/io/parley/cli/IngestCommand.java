package io.parley.cli;

import io.parley.json.Json;
import io.parley.model.Extraction;
import io.parley.service.ExtractService;
import io.parley.service.IngestOutcome;
import io.parley.store.StoredArticle;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code parley ingest}: stores and extracts article files into the local DynamoDB, as the deployed pipeline
 * does, with the extraction of the next files running on a pool of threads while this one stores facts in file
 * order (so the result is the same as one file at a time). A progress line with the rate and the time left
 * redraws itself on standard error when that is a terminal; a one-line summary ends every run there.
 */
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
        return "[--published YYYY-MM-DD] [--jobs N] [--json] FILE|DIR...";
    }

    @Override
    public String summary() {
        return "ingest and extract article files (text, HTML, JSON; a DIR: its articles) into the local DynamoDB under "
                + ".parley/, extracting on N threads (default: one per core)";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        Args args = Args.parse(argList, Set.of("published", "jobs"), Set.of("json"));
        if (args.positionals().isEmpty()) {
            throw new UsageException("expects at least one FILE or DIR");
        }
        int jobs = jobs(args.option("jobs"));
        List<String> files = ArticleFolder.expand(args.positionals());
        LocalDate published = Dates.parse(args.option("published"), "published");
        Tally tally = new Tally();
        long started = System.nanoTime();
        try (LocalPipeline pipeline = LocalPipeline.start(storage);
             ParallelExtraction parallel = new ParallelExtraction(pipeline.extractor()::extract, jobs)) {
            new Run(pipeline, parallel, terminal, tally, files.size(), started).all(files, published);
        }
        tally.print(terminal, files.size(), args.flag("json"));
        return tally.failed.isEmpty() && tally.outage == null ? Main.OK : Main.FAILED;
    }

    private static int jobs(Optional<String> given) throws UsageException {
        if (given.isEmpty()) {
            return Runtime.getRuntime().availableProcessors();
        }
        String option = given.get();
        try {
            int n = Integer.parseInt(option);
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw new UsageException("--jobs takes a number from 1 to 64, not '" + option + "'");
    }

    /** An article stored and extracting, waiting to have its facts stored (in file order); as read back, if it was. */
    private record Pending(String file, int position, String articleId, Optional<StoredArticle> stored) {
    }

    /**
     * One ingest run: each file is stored in order and its extraction started on the pool; a window of at most
     * two extractions per thread runs ahead, and the facts are stored in file order on this thread.
     */
    private static final class Run {
        private final LocalPipeline pipeline;
        private final ParallelExtraction parallel;
        private final ExtractService extract;
        private final Terminal terminal;
        private final Tally tally;
        private final int total;
        private final long started;
        private final Deque<Pending> window = new ArrayDeque<>();
        private int done;
        private boolean savesFailed;

        Run(LocalPipeline pipeline, ParallelExtraction parallel, Terminal terminal, Tally tally, int total, long started) {
            this.pipeline = pipeline;
            this.parallel = parallel;
            this.extract = new ExtractService(pipeline.store(), parallel::get);
            this.terminal = terminal;
            this.tally = tally;
            this.total = total;
            this.started = started;
        }

        void all(List<String> files, LocalDate published) {
            for (int i = 0; i < files.size() && tally.outage == null; i++) {
                ingestOne(files.get(i), i + 1, published);
                while (window.size() > 2 * parallel.threads() && tally.outage == null) {
                    finish(window.poll());
                }
            }
            // an outage while storing an article still lets the facts of the ones before it be stored
            while (!window.isEmpty() && !savesFailed) {
                finish(window.poll());
            }
            if (terminal.errIsTerminal()) {
                terminal.err().println();
            }
            terminal.err().println(progress().summary(parallel.threads()));
        }

        private void ingestOne(String file, int position, LocalDate published) {
            try {
                IngestOutcome outcome = pipeline.ingest().ingest(ArticleFiles.upload(file, published, terminal.in()));
                if (outcome instanceof IngestOutcome.Rejected rejected) {
                    tally.failed.add(file + ": " + rejected.reason());
                } else if (outcome.kind() == IngestOutcome.Kind.DUPLICATE) {
                    tally.duplicates++;
                }
                boolean queued = false;
                for (String id = pipeline.nextQueued(); id != null; id = pipeline.nextQueued()) {
                    Optional<StoredArticle> stored = pipeline.store().find(id);
                    stored.ifPresent(article -> parallel.start(article.article()));
                    window.add(new Pending(file, position, id, stored));
                    queued = true;
                }
                if (!queued) {
                    fileDone(file);
                }
            } catch (CliException e) {
                tally.failed.add(e.getMessage());
                fileDone(file);
            } catch (RuntimeException e) {
                failed(file, position, e);
            }
        }

        private void finish(Pending p) {
            try {
                tally.count(p.stored().isPresent() ? extract.extract(p.stored().get()) : extract.extract(p.articleId()));
            } catch (RuntimeException e) {
                savesFailed = StoreOutage.of(e).isPresent();
                failed(p.file(), p.position(), e);
            }
            fileDone(p.file());
        }

        private void failed(String file, int position, RuntimeException e) {
            Optional<String> outage = StoreOutage.of(e);
            if (outage.isPresent() && tally.outage == null) {
                tally.outage = outage.get();
                tally.current = file;
                tally.position = position;
            } else if (outage.isEmpty()) {
                tally.failed.add(file + ": " + e.getMessage());
            }
        }

        private void fileDone(String file) {
            done++;
            if (terminal.errIsTerminal()) {
                terminal.progress(progress().line() + " " + file);
            }
        }

        private IngestProgress progress() {
            return new IngestProgress(done, total, (System.nanoTime() - started) / 1e9);
        }
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

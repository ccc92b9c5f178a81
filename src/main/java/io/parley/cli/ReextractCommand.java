package io.parley.cli;

import io.parley.model.Extraction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code parley reextract}: extracts every article in the local DynamoDB again with the current rules, through
 * the queue as the deployed reextract function does.
 */
final class ReextractCommand implements Command {

    @Override
    public String name() {
        return "reextract";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "extract every stored article again with the current rules (after the rules change)";
    }

    @Override
    public int run(List<String> args, Terminal terminal) throws UsageException {
        if (!Args.parse(args, Set.of(), Set.of()).positionals().isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        try (LocalPipeline pipeline = LocalPipeline.start()) {
            long queued = pipeline.requeueAll();
            int meetings = 0;
            int statements = 0;
            List<String> failed = new ArrayList<>();
            for (String id = pipeline.nextQueued(); id != null; id = pipeline.nextQueued()) {
                try {
                    Extraction extraction = pipeline.extract().extract(id);
                    meetings += extraction.meetings().size();
                    statements += extraction.statements().size();
                } catch (RuntimeException e) {
                    failed.add(id + ": " + e.getMessage());
                }
            }
            terminal.out().printf(Locale.ROOT, "re-extracted %d article(s): %d meeting(s), %d statement(s); %d failed%n",
                    queued - failed.size(), meetings, statements, failed.size());
            failed.forEach(f -> terminal.out().println("  failed: " + f));
            return failed.isEmpty() ? Main.OK : Main.FAILED;
        }
    }
}

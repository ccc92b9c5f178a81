package io.parley.cli;

import io.parley.store.DynamoParleyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code parley reextract}: extracts every article in the local DynamoDB again with the current rules, through
 * the queue as the deployed reextract function does. When every article is done and no fact is left in the
 * unsharded all-facts partitions of tables written before shards, it marks the table so, and listings read the
 * shards only from then on.
 */
final class ReextractCommand implements Command {

    private final Storage storage;

    ReextractCommand(Storage storage) {
        this.storage = storage;
    }

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
        try (LocalPipeline pipeline = LocalPipeline.start(storage)) {
            long queued = pipeline.requeueAll();
            int[] facts = new int[2];
            List<String> failed = new ArrayList<>();
            pipeline.drain(extraction -> {
                facts[0] += extraction.meetings().size();
                facts[1] += extraction.statements().size();
            }, e -> failed.add(e.getMessage()));
            int meetings = facts[0];
            int statements = facts[1];
            terminal.out().printf(Locale.ROOT, "re-extracted %d article(s): %d meeting(s), %d statement(s); %d failed%n",
                    queued - failed.size(), meetings, statements, failed.size());
            failed.forEach(f -> terminal.out().println("  failed: " + f));
            if (failed.isEmpty() && pipeline.store() instanceof DynamoParleyStore dynamo && dynamo.markShardedIfMigrated()) {
                terminal.out().println("no facts left in the unsharded partitions: the table is marked, listings read the shards only");
            }
            return failed.isEmpty() ? Main.OK : Main.FAILED;
        }
    }
}

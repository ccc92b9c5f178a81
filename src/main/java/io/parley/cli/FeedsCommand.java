package io.parley.cli;

import io.parley.json.Json;
import io.parley.scrape.FeedSeeds;
import io.parley.store.FeedRecord;
import io.parley.store.FeedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** {@code parley feeds}: adds, lists and removes the feeds that {@code parley scrape} reads, in the local DynamoDB. */
final class FeedsCommand implements Command {

    private final Storage storage;

    FeedsCommand(Storage storage) {
        this.storage = storage;
    }

    @Override
    public String name() {
        return "feeds";
    }

    @Override
    public String synopsis() {
        return "add [--allow-host HOST]... URL | list [--json] | remove URL";
    }

    @Override
    public String summary() {
        return "manage the RSS and Atom feeds that scrape reads (local data under .parley/)";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, CliException {
        RepeatedOption hosts = RepeatedOption.take(argList, "allow-host");
        Args args = Args.parse(hosts.remaining(), Set.of(), Set.of("json"));
        List<String> words = args.positionals();
        String action = words.isEmpty() ? "" : words.get(0);
        boolean withUrl = action.equals("add") || action.equals("remove");
        boolean valid = action.equals("list") ? words.size() == 1 : withUrl && words.size() == 2;
        if (!valid) {
            throw new UsageException("expects: feeds add URL | feeds list | feeds remove URL");
        }
        if (args.flag("json") && !action.equals("list")) {
            throw new UsageException("--json goes with feeds list only");
        }
        String url = words.size() == 2 ? normalise(words.get(1)) : null;
        if (action.equals("add")) {
            checkAddress(url, hosts.values());
        }
        try (Storage.Opened opened = storage.open()) {
            FeedStore feeds = opened.feeds();
            return switch (action) {
                case "add" -> report(terminal, feeds.add(url), "added " + url, "already listed: " + url);
                case "remove" -> report(terminal, feeds.remove(url), "removed " + url, "not listed: " + url);
                default -> list(terminal, feeds.list(), args.flag("json"));
            };
        }
    }

    private static String normalise(String url) throws CliException {
        try {
            return FeedSeeds.normalise(url);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** Refuses, before anything is stored, a feed the scraper's address guard would refuse to fetch. */
    private static void checkAddress(String url, List<String> allowedHosts) throws CliException {
        var refusal = FeedSeeds.refusal(url, Set.copyOf(allowedHosts));
        if (refusal.isPresent()) {
            throw new CliException(refusal.get() + " (the scraper never fetches it; a local test feed needs --allow-host)");
        }
    }

    private static int report(Terminal terminal, boolean changed, String done, String unchanged) {
        terminal.out().println(changed ? done : unchanged);
        return Main.OK;
    }

    private static int list(Terminal terminal, List<FeedRecord> feeds, boolean json) {
        List<FeedRecord> sorted = feeds.stream().sorted(Comparator.comparing(FeedRecord::url)).toList();
        if (json) {
            terminal.out().println(Json.write(sorted));
        } else {
            sorted.forEach(f -> terminal.out().println(line(f)));
        }
        return Main.OK;
    }

    static String line(FeedRecord f) {
        String title = f.title() == null ? "" : "  " + f.title();
        String run = f.lastRun() == null ? "  never scraped" : "  last run " + f.lastRun();
        String error = f.lastError() == null ? "" : "  last error: " + f.lastError();
        return f.url() + title + run + error;
    }
}

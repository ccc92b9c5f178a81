package io.parley.cli;

import io.parley.json.Json;
import io.parley.about.BuildInfo;
import java.util.List;
import java.util.Set;

/** {@code parley version}: prints the build and extractor versions. */
final class VersionCommand implements Command {

    /** The versions as {@code --json} prints them. */
    record Versions(String version, String extractorVersion) {
    }

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String synopsis() {
        return "[--json]";
    }

    @Override
    public String summary() {
        return "print Parley's version and the version of its extraction rules";
    }

    @Override
    public int run(List<String> args, Terminal terminal) throws UsageException {
        Args parsed = Args.parse(args, Set.of(), Set.of("json"));
        if (!parsed.positionals().isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        BuildInfo build = BuildInfo.current();
        terminal.out().println(parsed.flag("json")
                ? Json.write(new Versions(build.version(), build.extractorVersion()))
                : "parley " + build.version() + " (extractor " + build.extractorVersion() + ")");
        return Main.OK;
    }
}

package io.parley.cli;

import io.parley.about.BuildInfo;
import java.util.List;
import java.util.Set;

/** {@code parley version}: prints the build and extractor versions. */
final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "print Parley's version and the version of its extraction rules";
    }

    @Override
    public int run(List<String> args, Terminal terminal) throws UsageException {
        if (!Args.parse(args, Set.of(), Set.of()).positionals().isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        BuildInfo build = BuildInfo.current();
        terminal.out().println("parley " + build.version() + " (extractor " + build.extractorVersion() + ")");
        return Main.OK;
    }
}

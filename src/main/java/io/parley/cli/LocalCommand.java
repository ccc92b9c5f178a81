package io.parley.cli;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/** {@code parley local}: runs the local DynamoDB and S3 servers until Enter or Ctrl-C, for poking at data. */
final class LocalCommand implements Command {

    @Override
    public String name() {
        return "local";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "run the local DynamoDB and S3 (data under .parley/) until Enter is pressed";
    }

    @Override
    public int run(List<String> args, Terminal terminal) throws UsageException, IOException {
        if (!Args.parse(args, Set.of(), Set.of()).positionals().isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        try (LocalEnvironment env = LocalEnvironment.start()) {
            terminal.out().println("dynamodb " + env.dynamoEndpoint() + " (table " + LocalEnvironment.TABLE + ")");
            env.s3Endpoint().ifPresent(s3 -> terminal.out().println("s3       " + s3));
            terminal.out().println(env.shared()
                    ? "(these servers belong to another running parley command; they stop with it)\npress Enter to leave"
                    : "press Enter to stop");
            terminal.out().flush();
            System.in.read();
        }
        return Main.OK;
    }
}

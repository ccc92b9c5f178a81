package io.parley.cli;

import io.parley.store.LocalDynamo;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code parley serve}: the HTTP API of the query function, the web page and the API description on
 * 127.0.0.1 (another address only when asked), over the local DynamoDB under {@code .parley/}, and the ingest of
 * objects uploaded to the local S3 bucket, until Ctrl-C.
 */
final class ServeCommand implements Command {

    static final int DEFAULT_PORT = 8080;

    private final Storage storage;

    ServeCommand(Storage storage) {
        this.storage = storage;
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String synopsis() {
        return "[--port N] [--host ADDRESS] [--examples]";
    }

    @Override
    public String summary() {
        return "serve the HTTP API and the web page on 127.0.0.1:8080 over .parley/ until Ctrl-C";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException, InterruptedException {
        Args args = Args.parse(argList, Set.of("port", "host"), Set.of("examples"));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("takes no positional arguments");
        }
        LocalServer server = LocalServer.start(storage, new InetSocketAddress(args.option("host").orElse("127.0.0.1"),
                port(args)), line -> report(terminal, line));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, stopped), "parley-serve-stop"));
        if (args.flag("examples")) {
            report(terminal, server.ingestExamples() + " example articles queued for extraction");
        }
        report(terminal, "serving " + server.address() + " (the web page; the API on the same address, "
                + "its description at /openapi.json)");
        report(terminal, server.incomingBucket().map(ServeCommand::describe)
                .orElse("no local S3 server: uploads are not ingested"));
        report(terminal, "press Ctrl-C to stop");
        stopped.await();
        return Main.OK;
    }

    private static String describe(IncomingBucket bucket) {
        return "s3 " + bucket.endpoint() + " bucket " + IncomingBucket.BUCKET + ": objects put under "
                + IncomingBucket.PREFIX + " are ingested and extracted (access key and secret key "
                + LocalDynamo.ACCESS_KEY + ")";
    }

    /** One message, wrapped to the terminal's width. */
    private static void report(Terminal terminal, String line) {
        terminal.out().println(Commands.wrap(line, TextTable.lineWidth(), "    "));
        terminal.out().flush();
    }

    private static void stop(LocalServer server, CountDownLatch stopped) {
        server.close();
        stopped.countDown();
    }

    private static int port(Args args) throws UsageException {
        String text = args.option("port").orElse(String.valueOf(DEFAULT_PORT));
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number from 0 to 65535 (0: any free port), not '" + text + "'");
        }
    }
}

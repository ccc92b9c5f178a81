package io.parley.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * LocalServers runs dynalite (DynamoDB API) and optionally s3rver (S3 API) as one node child process on
 * free loopback ports. The child exits when its standard input closes, so even a JVM killed without
 * running {@link #close()} leaves no process behind.
 */
public final class LocalServers implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final URI dynamoEndpoint;
    private final URI s3Endpoint;

    private LocalServers(Process process, URI dynamoEndpoint, URI s3Endpoint) {
        this.process = process;
        this.dynamoEndpoint = dynamoEndpoint;
        this.s3Endpoint = s3Endpoint;
    }

    /**
     * Starts the servers and waits until they listen.
     *
     * @param options which servers, and where (if anywhere) they keep their data
     */
    public static LocalServers start(LocalServerOptions options) {
        Path home = ProjectHome.locate();
        NodeModules.ensureInstalled(home.resolve("infra").resolve("local"));
        Process process = launch(home, options);
        try {
            JsonNode ports = Json.mapper().readTree(readFirstLine(process));
            return new LocalServers(process, endpoint(ports, "dynamodb"), ports.has("s3") ? endpoint(ports, "s3") : null);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw new IllegalStateException("local servers did not start: " + e.getMessage(), e);
        }
    }

    /** The DynamoDB endpoint, for example {@code http://127.0.0.1:41234}. */
    public URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    /** The S3 endpoint, when s3rver was asked for. */
    public Optional<URI> s3Endpoint() {
        return Optional.ofNullable(s3Endpoint);
    }

    /** The server process, for tests that check it is gone after {@link #close()}. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Stops the servers and waits until the process is gone. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Process launch(Path home, LocalServerOptions options) {
        List<String> command = new ArrayList<>(List.of("node", "infra/local/servers.js"));
        command.addAll(options.arguments());
        try {
            Path log = Files.createTempFile("parley-local-servers", ".log");
            log.toFile().deleteOnExit();
            return new ProcessBuilder(command).directory(home.toFile())
                    .redirectError(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run node (Node.js 18+ is required)", e);
        }
    }

    private static String readFirstLine(Process process) throws IOException {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> readLine(reader));
        try {
            String first = line.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (first == null) {
                throw new IOException("the server process exited with code " + process.waitFor());
            }
            return first;
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("no answer from the server process", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI endpoint(JsonNode ports, String name) {
        return URI.create("http://127.0.0.1:" + ports.required(name).asInt());
    }
}

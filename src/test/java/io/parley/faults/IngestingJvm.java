package io.parley.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** One run of {@link FaultIngester} in a child JVM, counting the files it reports done and its retries. */
final class IngestingJvm {

    private static final long WAIT_SECONDS = 120;

    private final Process process;
    private final Path log;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicReference<String> lastRetry = new AtomicReference<>("none");

    private IngestingJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
        Thread reader = new Thread(this::count, "ingesting-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the child on this JVM's class path; its standard error goes to {@code log}. */
    static IngestingJvm start(Path endpointFile, String table, Path articles, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classPath,
                FaultIngester.class.getName(), endpointFile.toString(), table, articles.toString()))
                .redirectError(log.toFile());
        return new IngestingJvm(builder.start(), log);
    }

    /** Waits until the child has reported {@code files} files done. */
    void awaitDone(int files) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (done.get() < files) {
            if (!process.isAlive() || System.nanoTime() > until) {
                throw new AssertionError("the ingesting JVM " + (process.isAlive() ? "stalled" : "stopped") + " at "
                        + done.get() + " files, before " + files + diagnosis());
            }
            Thread.sleep(20);
        }
    }

    int done() {
        return done.get();
    }

    /** How many failed steps the child retried (a database kill it did not notice would be no test). */
    int retries() {
        return retries.get();
    }

    /** SIGKILL: the JVM dies wherever it is, as a Lambda that times out or runs out of memory. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int awaitExit() throws InterruptedException {
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the ingesting JVM did not finish" + diagnosis());
        }
        return process.exitValue();
    }

    /** What the child last retried and the end of its standard error, for a failure message. */
    private String diagnosis() {
        String tail;
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            tail = "(its log could not be read: " + e.getMessage() + ")";
        }
        return "; retries " + retries.get() + ", last: " + lastRetry.get() + "; its standard error ends:\n" + tail;
    }

    private void count() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("done ")) {
                    done.incrementAndGet();
                } else if (line.startsWith("retry ")) {
                    retries.incrementAndGet();
                    lastRetry.set(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

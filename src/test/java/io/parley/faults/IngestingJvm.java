package io.parley.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** One run of {@link FaultIngester} in a child JVM, counting the files it reports done and its retries. */
final class IngestingJvm {

    private static final long WAIT_SECONDS = 120;

    private final Process process;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();

    private IngestingJvm(Process process) {
        this.process = process;
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
        return new IngestingJvm(builder.start());
    }

    /** Waits until the child has reported {@code files} files done. */
    void awaitDone(int files) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (done.get() < files) {
            if (!process.isAlive() || System.nanoTime() > until) {
                throw new AssertionError("the ingesting JVM stopped or stalled at " + done.get() + " files, before " + files);
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
            throw new AssertionError("the ingesting JVM did not finish");
        }
        return process.exitValue();
    }

    private void count() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("done ")) {
                    done.incrementAndGet();
                } else if (line.startsWith("retry ")) {
                    retries.incrementAndGet();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

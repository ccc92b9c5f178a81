package io.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code parley serve --port 0} in a child JVM on this JVM's class path, in {@code workDir}, read line by line. */
final class ServeJvm {

    private static final long WAIT_SECONDS = 120;
    private static final Pattern ADDRESS = Pattern.compile("^(serving|s3) (http://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private URI http;
    private URI s3;

    private ServeJvm(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon(true).name("serve-jvm-output").start(this::read);
    }

    /** Starts serve and waits until it says how to stop it, having named its HTTP and S3 addresses. */
    static ServeJvm start(Path workDir, Path log) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1",
                "-Dparley.home=" + Path.of("").toAbsolutePath(), "-cp", classPath, Main.class.getName(),
                "serve", "--port", "0"))
                .directory(workDir.toFile()).redirectError(log.toFile());
        builder.environment().put("COLUMNS", "400");
        ServeJvm serve = new ServeJvm(builder.start());
        serve.awaitLine("press Ctrl-C to stop");
        return serve;
    }

    URI http() {
        return http;
    }

    URI s3() {
        return s3;
    }

    Process process() {
        return process;
    }

    /** The next line that contains {@code text} (serve's lines are not wrapped: it runs with a wide COLUMNS). */
    String awaitLine(String text) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < until) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.contains(text)) {
                return line;
            }
            if (line == null && !process.isAlive()) {
                throw new AssertionError("serve exited with " + process.exitValue() + " before printing " + text);
            }
        }
        throw new AssertionError("serve printed no line with " + text);
    }

    /** Sends {@code signal} (INT as Ctrl-C does, or TERM) and waits until the JVM is gone. */
    void stop(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start();
        kill.waitFor();
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("serve did not stop on SIG" + signal);
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                take(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void take(String line) {
        Matcher address = ADDRESS.matcher(line);
        if (address.find()) {
            if (address.group(1).equals("serving")) {
                http = URI.create(address.group(2) + "/");
            } else {
                s3 = URI.create(address.group(2));
            }
        }
        lines.add(line);
    }
}

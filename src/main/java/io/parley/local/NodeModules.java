package io.parley.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Installs the pinned npm packages of {@code infra/local} with {@code npm ci} when they are missing. */
final class NodeModules {

    private static final long INSTALL_TIMEOUT_MINUTES = 10;

    private NodeModules() {
    }

    /** Runs {@code npm ci} in {@code dir} unless {@code dir/node_modules} is already installed. */
    static synchronized void ensureInstalled(Path dir) {
        if (Files.isDirectory(dir.resolve("node_modules").resolve("dynalite"))) {
            return;
        }
        Path log = dir.resolve("npm-ci.log");
        try {
            // Output goes to a file: inheriting stdio inside a surefire fork corrupts its channel.
            Process npm = new ProcessBuilder(List.of("npm", "ci", "--no-audit", "--no-fund"))
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            npm.getOutputStream().close();
            if (!npm.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci failed in " + dir + "; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run npm (Node.js 18+ with npm is required)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing local servers", e);
        }
    }
}

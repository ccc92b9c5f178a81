package io.parley.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project directory that holds {@code infra/local}, where the local servers are installed. */
public final class ProjectHome {

    static final String PROPERTY = "parley.home";
    private static final Path SERVERS = Path.of("infra", "local", "servers.js");

    private ProjectHome() {
    }

    /**
     * The directory named by the {@code parley.home} system property, else the first directory from the
     * working directory upwards that contains {@code infra/local/servers.js}.
     *
     * @throws IllegalStateException when there is none
     */
    public static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SERVERS))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find infra/local/servers.js; run from the Parley directory"
                + " or set -D" + PROPERTY);
    }
}

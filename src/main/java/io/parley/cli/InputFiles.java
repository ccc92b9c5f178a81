package io.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads a command's input files, turning missing or unreadable ones into one-line messages. */
final class InputFiles {

    private InputFiles() {
    }

    /** The bytes of {@code name} ({@code .gz} files are decompressed). */
    static byte[] read(String name) throws CliException {
        Path file = Path.of(name);
        if (Files.isDirectory(file)) {
            throw new CliException(name + ": is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return (name.endsWith(".gz") ? new GZIPInputStream(in) : in).readAllBytes();
        } catch (NoSuchFileException e) {
            throw new CliException(name + ": no such file");
        } catch (IOException e) {
            throw new CliException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }
}

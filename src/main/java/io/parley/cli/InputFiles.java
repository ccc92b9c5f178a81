package io.parley.cli;

import io.parley.ingest.ArticleReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.GZIPInputStream;

/**
 * Reads a command's input files, turning missing, unreadable, special or oversize ones into one-line messages.
 * Only regular files are read (a directory, FIFO, socket or device such as {@code /dev/zero} is refused before
 * it is opened), and no more than the limit is ever held in memory: the bytes are counted while they are read,
 * after decompression for {@code .gz} files, so a small archive that expands to gigabytes stops at the limit.
 * The name {@link #STDIN} stands for standard input, read with the same limit.
 */
final class InputFiles {

    /** The most bytes a command reads from one file: the article limit of ingest. */
    static final long MAX_BYTES = ArticleReader.DEFAULT_MAX_BYTES;

    /** The file argument that means standard input. */
    static final String STDIN = "-";

    private static final int CHUNK = 64 * 1024;

    private InputFiles() {
    }

    /** The bytes of {@code name} ({@code .gz} files are decompressed), at most {@link #MAX_BYTES}. */
    static byte[] read(String name) throws CliException {
        return read(name, MAX_BYTES);
    }

    /** The bytes of {@code name}, or of {@code stdin} when the name is {@link #STDIN}, at most {@link #MAX_BYTES}. */
    static byte[] read(String name, InputStream stdin) throws CliException {
        if (!name.equals(STDIN)) {
            return read(name);
        }
        try {
            return readCapped("standard input", stdin, MAX_BYTES, false);
        } catch (IOException e) {
            throw new CliException("standard input: cannot read (" + e.getMessage() + ")");
        }
    }

    /** The bytes of {@code name} ({@code .gz} files are decompressed), at most {@code maxBytes}. */
    static byte[] read(String name, long maxBytes) throws CliException {
        Path file = Path.of(name);
        boolean gzip = name.endsWith(".gz");
        checkRegular(name, file, gzip ? Long.MAX_VALUE : maxBytes);
        try (InputStream in = Files.newInputStream(file)) {
            return readCapped(name, gzip ? new GZIPInputStream(in) : in, maxBytes, gzip);
        } catch (NoSuchFileException e) {
            throw new CliException(name + ": no such file");
        } catch (IOException e) {
            throw new CliException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static void checkRegular(String name, Path file, long maxBytes) throws CliException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new CliException(name + ": no such file");
        } catch (IOException e) {
            throw new CliException(name + ": cannot read (" + e.getMessage() + ")");
        }
        if (attributes.isDirectory()) {
            throw new CliException(name + ": is a directory");
        }
        if (!attributes.isRegularFile()) {
            throw new CliException(name + ": is not a regular file (a FIFO, socket or device); give a file");
        }
        if (attributes.size() > maxBytes) {
            throw new CliException(name + ": the file is " + attributes.size() + " bytes, more than the limit of "
                    + maxBytes + " bytes");
        }
    }

    private static byte[] readCapped(String name, InputStream in, long maxBytes, boolean gzip)
            throws IOException, CliException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            total += n;
            if (total > maxBytes) {
                throw new CliException(name + ": " + (gzip ? "expands to" : "holds") + " more than the limit of "
                        + maxBytes + " bytes (reading stopped there)");
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }
}

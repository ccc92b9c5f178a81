package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 3: input files are checked while they are read, and only regular files are read. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsARegularFileAndAGzippedOne() throws Exception {
        byte[] text = "Envoys meet\n\nMinister Ana Ruiz met Premier Karl Boden.\n".getBytes(StandardCharsets.UTF_8);
        Path plain = Files.write(dir.resolve("a.txt"), text);
        Path gz = Files.write(dir.resolve("a.txt.gz"), gzip(text));
        assertArrayEquals(text, InputFiles.read(plain.toString()));
        assertArrayEquals(text, InputFiles.read(gz.toString()));
    }

    @Test
    void refusesAFileOverTheLimitBeforeReadingIt() throws Exception {
        Path big = Files.write(dir.resolve("big.txt"), new byte[2048]);
        CliException e = assertThrows(CliException.class, () -> InputFiles.read(big.toString(), 1024));
        assertEquals(big + ": the file is 2048 bytes, more than the limit of 1024 bytes", e.getMessage());
    }

    @Test
    void stopsAGzipBombAtTheLimit() throws Exception {
        Path bomb = dir.resolve("bomb.txt.gz");
        writeBomb(bomb, 32);
        assertTrue(Files.size(bomb) < 4_000_000, "the bomb is small on disk: " + Files.size(bomb));
        CliException e = assertThrows(CliException.class, () -> InputFiles.read(bomb.toString()));
        assertEquals(bomb + ": expands to more than the limit of " + InputFiles.MAX_BYTES + " bytes (reading stopped there)",
                e.getMessage());
    }

    @Test
    void refusesADirectoryADeviceAndAFifo() throws Exception {
        assertEquals(dir + ": is a directory", assertThrows(CliException.class, () -> InputFiles.read(dir.toString())).getMessage());
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        assertEquals("/dev/zero: is not a regular file (a FIFO, socket or device); give a file",
                assertThrows(CliException.class, () -> InputFiles.read("/dev/zero")).getMessage());
        Path fifo = dir.resolve("pipe");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        CliException e = assertThrows(CliException.class, () -> InputFiles.read(fifo.toString()));
        assertTrue(e.getMessage().endsWith(": is not a regular file (a FIFO, socket or device); give a file"), e.getMessage());
    }

    @Test
    void aBrokenGzipIsAOneLineMessage() throws Exception {
        Path broken = Files.write(dir.resolve("broken.txt.gz"), "not gzip at all".getBytes(StandardCharsets.UTF_8));
        CliException e = assertThrows(CliException.class, () -> InputFiles.read(broken.toString()));
        assertTrue(e.getMessage().startsWith(broken + ": cannot read ("), e.getMessage());
    }

    /** A gzip file of {@code members} members of 64 MB of zeros each (about 64 KB each on disk). */
    static void writeBomb(Path file, int members) throws IOException {
        byte[] member = gzip(new byte[64 * 1024 * 1024]);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < members; i++) {
                out.write(member);
            }
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

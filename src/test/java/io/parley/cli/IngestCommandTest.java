package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.store.InMemoryStore;
import io.parley.store.ParleyStore;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley ingest} when the database dies part-way, and with terminal escapes in files and their names. */
class IngestCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Issue 15, item 8: one message and a stop, not one failure line per remaining file. */
    @Test
    void stopsAtTheFirstOutageAndSaysSoOnce() throws Exception {
        List<String> files = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            files.add(Files.writeString(dir.resolve("a" + i + ".txt"), "Talks round " + i + "\n\nForeign Minister Ana Ruiz "
                    + "said the round " + i + " of talks with Premier Karl Boden had been useful.\n").toString());
        }
        List<String> args = new ArrayList<>(List.of("ingest"));
        args.addAll(files);
        int code = Main.run(args, terminal(), dyingAfter(2));

        assertEquals(Main.FAILED, code);
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stdout.startsWith("stored 2 article(s)"), stdout);
        assertFalse(stdout.contains("failed: "), stdout);
        assertEquals(1, stderr.split("stopped answering", -1).length - 1, stderr);
        assertTrue(stderr.contains("the database stopped answering (Connection refused) at file 3 of 6 (" + files.get(2) + ")"),
                stderr);
        assertFalse(stderr.contains(files.get(3)), stderr);
    }

    /** Issue 15, item 7: an escape in a file name (in the progress line of a terminal) and in a stored statement prints as text. */
    @Test
    void escapesInFileNamesAndStoredTextPrintAsText() throws Exception {
        Path file = Files.writeString(dir.resolve("evil\u001B[2Jname.txt"), "Ministers meet in Lisbon\n\n"
                + "LISBON, Nov 18 (Example Wire) — Portuguese Foreign Minister Ana Ruiz met Greek Foreign Minister "
                + "Karl Boden in Lisbon on Tuesday.\n\n"
                + "\"We agreed to \u001B[31mopen\u001B[0m talks on a new treaty,\" Ruiz told reporters after the meeting.\n");
        MemoryStorage storage = new MemoryStorage();
        Terminal tty = new Terminal(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true);
        assertEquals(Main.OK, Main.run(List.of("ingest", file.toString()), tty, storage));
        assertEquals(Main.OK, Main.run(List.of("statements"), terminal(), storage));
        assertEquals(Main.OK, Main.run(List.of("ask", "What did Ana Ruiz say?"), terminal(), storage));
        String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertFalse(all.contains("\u001B"), all);
        assertTrue(all.contains("evil\\u001B[2Jname.txt"), all);
        assertTrue(all.contains("to \\u001B[31mopen\\u001B[0m talks"), all);
    }

    private Terminal terminal() {
        return new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Storage whose store refuses every call once {@code articles} articles were saved, as a killed dynalite does. */
    private static Storage dyingAfter(int articles) {
        InMemoryStore memory = new InMemoryStore();
        AtomicInteger saved = new AtomicInteger();
        ParleyStore dying = (ParleyStore) Proxy.newProxyInstance(ParleyStore.class.getClassLoader(),
                new Class<?>[] {ParleyStore.class}, (proxy, method, methodArgs) -> {
                    if (saved.get() >= articles && method.getName().equals("saveNew")
                            || saved.get() > articles) {
                        throw new IllegalStateException("Unable to execute HTTP request",
                                new ConnectException("Connection refused"));
                    }
                    if (method.getName().equals("saveNew")) {
                        saved.incrementAndGet();
                    }
                    try {
                        return method.invoke(memory, methodArgs);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return () -> new Storage.Opened(dying, memory.feeds(), () -> { });
    }
}

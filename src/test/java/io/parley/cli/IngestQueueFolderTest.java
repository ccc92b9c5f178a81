package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local ingest queue: messages in name order, claimed by renaming, then deleted, released or failed. */
class IngestQueueFolderTest {

    @TempDir
    Path dir;

    @Test
    void listsWaitingMessagesOldestFirstWithoutTemporaryFiles() throws Exception {
        write("002.json", "{}");
        write("001.json", "{}");
        write(".003.json.tmp", "{");

        assertEquals(List.of("001.json", "002.json"), new IngestQueueFolder(dir).waiting());
    }

    @Test
    void aClaimedMessageIsNoLongerWaitingAndCannotBeClaimedTwice() throws Exception {
        write("001.json", "{\"Records\":[]}");
        IngestQueueFolder queue = new IngestQueueFolder(dir);

        Optional<IngestQueueFolder.Message> first = queue.claim("001.json");
        Optional<IngestQueueFolder.Message> second = queue.claim("001.json");

        assertEquals("{\"Records\":[]}", first.orElseThrow().body());
        assertTrue(second.isEmpty());
        assertEquals(List.of(), queue.waiting());
    }

    @Test
    void aReleasedMessageWaitsAgainAndAFailedOneIsKeptUnderFailed() throws Exception {
        write("001.json", "{}");
        write("002.json", "{}");
        IngestQueueFolder queue = new IngestQueueFolder(dir);

        queue.release(queue.claim("001.json").orElseThrow());
        Path failed = queue.fail(queue.claim("002.json").orElseThrow());

        assertEquals(List.of("001.json"), queue.waiting());
        assertEquals(dir.resolve("failed").resolve("002.json"), failed);
        assertTrue(Files.isRegularFile(failed));
    }

    @Test
    void aDeletedMessageIsGone() throws Exception {
        write("001.json", "{}");
        IngestQueueFolder queue = new IngestQueueFolder(dir);

        queue.delete(queue.claim("001.json").orElseThrow());

        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void restoresOnlyTheClaimsOfProcessesThatAreGone() throws Exception {
        write("001.json.4194305.taken", "{}");
        write("002.json." + ProcessHandle.current().pid() + ".taken", "{}");
        IngestQueueFolder queue = new IngestQueueFolder(dir);

        queue.restoreAbandoned();

        assertEquals(List.of("001.json"), queue.waiting());
    }

    private void write(String name, String body) throws Exception {
        Files.writeString(dir.resolve(name), body, StandardCharsets.UTF_8);
    }
}

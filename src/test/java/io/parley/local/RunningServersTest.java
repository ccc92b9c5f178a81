package io.parley.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note a data folder keeps of the servers running over it: found while live, dropped once stale. */
class RunningServersTest {

    @TempDir
    Path data;

    @Test
    void findsTheServersOfALiveProcessWhosePortAnswers() throws IOException {
        try (ServerSocket dynamo = listening()) {
            RunningServers.note(data, endpoint(dynamo), null);

            RunningServers.Endpoints found = RunningServers.find(data).orElseThrow();
            assertEquals(ProcessHandle.current().pid(), found.pid());
            assertEquals(endpoint(dynamo), found.dynamo());
        }
    }

    @Test
    void aNoteWhosePortNoLongerAnswersIsStaleAndRemoved() throws IOException {
        URI closed;
        try (ServerSocket dynamo = listening()) {
            closed = endpoint(dynamo);
        }
        RunningServers.note(data, closed, null);

        assertTrue(RunningServers.find(data).isEmpty());
        assertFalse(Files.exists(data.resolve(RunningServers.FILE)));
    }

    @Test
    void aNoteOfAProcessThatIsGoneIsStale() throws IOException {
        try (ServerSocket dynamo = listening()) {
            Files.writeString(data.resolve(RunningServers.FILE),
                    "{\"pid\":" + Long.MAX_VALUE + ",\"dynamodb\":\"" + endpoint(dynamo) + "\"}");

            assertTrue(RunningServers.find(data).isEmpty());
        }
    }

    @Test
    void forgetRemovesOnlyTheNoteOfThisProcess() throws IOException {
        Path file = data.resolve(RunningServers.FILE);
        Files.writeString(file, "{\"pid\":1,\"dynamodb\":\"http://127.0.0.1:1\"}");
        RunningServers.forget(data);
        assertTrue(Files.exists(file));

        RunningServers.note(data, URI.create("http://127.0.0.1:1"), null);
        RunningServers.forget(data);
        assertFalse(Files.exists(file));
    }

    @Test
    void anUnreadableNoteIsIgnored() throws IOException {
        Files.writeString(data.resolve(RunningServers.FILE), "{half");

        assertTrue(RunningServers.find(data).isEmpty());
    }

    private static ServerSocket listening() throws IOException {
        return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    private static URI endpoint(ServerSocket socket) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
}

package io.parley.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * RunningServers is the note a data folder keeps while local servers run over it ({@code servers.json}: the
 * owning process id and the endpoints), so a second command shares the running dynalite instead of starting
 * one that cannot open the locked folder. A note whose process is gone or whose port does not answer is stale.
 */
public final class RunningServers {

    static final String FILE = "servers.json";
    private static final int CONNECT_MILLIS = 500;

    private RunningServers() {
    }

    /** Endpoints of servers that another live process runs over {@code dataDir}, if any. */
    public record Endpoints(long pid, URI dynamo, URI s3) {
    }

    /** The live servers noted in {@code dataDir}; a stale note is removed and gives empty. */
    public static Optional<Endpoints> find(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        Optional<Endpoints> noted = read(file);
        if (noted.isPresent() && !isLive(noted.get())) {
            deleteQuietly(file);
            return Optional.empty();
        }
        return noted;
    }

    /** Notes that this process runs {@code servers} over {@code dataDir} (written whole: temp file, then move). */
    public static void note(Path dataDir, LocalServers servers) {
        note(dataDir, servers.dynamoEndpoint(), servers.s3Endpoint().orElse(null));
    }

    static void note(Path dataDir, URI dynamo, URI s3) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("pid", ProcessHandle.current().pid());
        note.put("dynamodb", dynamo.toString());
        if (s3 != null) {
            note.put("s3", s3.toString());
        }
        try {
            Files.createDirectories(dataDir);
            Path temp = Files.createTempFile(dataDir, FILE, ".tmp");
            Files.writeString(temp, Json.write(note), StandardCharsets.UTF_8);
            Files.move(temp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dataDir.resolve(FILE), e);
        }
    }

    /** Removes the note if this process wrote it. */
    public static void forget(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        read(file).filter(e -> e.pid() == ProcessHandle.current().pid()).ifPresent(e -> deleteQuietly(file));
    }

    private static Optional<Endpoints> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode note = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            URI s3 = note.hasNonNull("s3") ? URI.create(note.get("s3").asText()) : null;
            return Optional.of(new Endpoints(note.path("pid").asLong(-1), URI.create(note.path("dynamodb").asText()), s3));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isLive(Endpoints endpoints) {
        boolean alive = ProcessHandle.of(endpoints.pid()).map(ProcessHandle::isAlive).orElse(false);
        return alive && answers(endpoints.dynamo());
    }

    private static boolean answers(URI endpoint) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), CONNECT_MILLIS);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a note that cannot be removed is found stale again next time
        }
    }
}

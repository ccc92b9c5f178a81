package io.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IngestQueueFolder is the local ingest queue: a folder where the local S3 server writes one message file per
 * S3 event notification (see {@code infra/local/servers.js}), in the order of their names. A consumer claims a
 * message by renaming it (so two consumers never both take one), then deletes it when done, puts it back to be
 * tried again, or moves it to {@code failed/}, the counterpart of the deployed ingest failure queue.
 */
final class IngestQueueFolder {

    /** A claimed message: its file while claimed, its name in the queue and its body. */
    record Message(Path claimed, String name, String body) {
    }

    static final String FAILED = "failed";
    private static final String MESSAGE_SUFFIX = ".json";
    private static final String CLAIM_SUFFIX = ".taken";

    private final Path dir;

    IngestQueueFolder(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The names of the waiting messages, oldest first. */
    List<String> waiting() {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "[!.]*" + MESSAGE_SUFFIX)) {
            files.forEach(file -> names.add(file.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the ingest queue " + dir, e);
        }
        names.sort(null);
        return names;
    }

    /** Claims the message {@code name}; empty when another consumer took it first. */
    Optional<Message> claim(String name) {
        Path claimed = dir.resolve(name + "." + ProcessHandle.current().pid() + CLAIM_SUFFIX);
        try {
            Files.move(dir.resolve(name), claimed, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(new Message(claimed, name, Files.readString(claimed, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("the ingest queue " + dir + " needs a file system with atomic renames", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim " + dir.resolve(name), e);
        }
    }

    /** The message is done. */
    void delete(Message message) {
        try {
            Files.deleteIfExists(message.claimed());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + message.claimed(), e);
        }
    }

    /** The message goes back into the queue, to be tried again. */
    void release(Message message) {
        move(message.claimed(), dir.resolve(message.name()));
    }

    /** The message failed for good: it is kept under {@code failed/}; returns where. */
    Path fail(Message message) {
        Path target = dir.resolve(FAILED).resolve(message.name());
        move(message.claimed(), target);
        return target;
    }

    /** Puts back the messages claimed by processes that are gone (a consumer killed while it worked). */
    void restoreAbandoned() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + CLAIM_SUFFIX)) {
            files.forEach(this::restoreIfAbandoned);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the ingest queue " + dir, e);
        }
    }

    private void restoreIfAbandoned(Path claimed) {
        String file = claimed.getFileName().toString();
        String withPid = file.substring(0, file.length() - CLAIM_SUFFIX.length());
        int dot = withPid.lastIndexOf('.');
        if (dot < 0 || isAlive(withPid.substring(dot + 1))) {
            return;
        }
        move(claimed, dir.resolve(withPid.substring(0, dot)));
    }

    private static boolean isAlive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }
}

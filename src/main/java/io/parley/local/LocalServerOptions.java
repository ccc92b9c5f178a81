package io.parley.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which local servers to start. A {@code null} DynamoDB directory keeps the tables in memory; a
 * {@code null} S3 directory means no S3 server; a {@code null} events directory means S3 notifies no one
 * (otherwise each object created under {@code incoming/} becomes a message file there, see {@code servers.js}).
 */
public record LocalServerOptions(Path dynamoDir, Path s3Dir, Path s3EventsDir) {

    /** Where {@link #persistentUnder} puts the S3 event messages: {@code dataDir/ingest-queue}. */
    public static final String INGEST_QUEUE = "ingest-queue";

    public LocalServerOptions(Path dynamoDir, Path s3Dir) {
        this(dynamoDir, s3Dir, null);
    }

    /** DynamoDB only, in memory (tests). */
    public static LocalServerOptions inMemory() {
        return new LocalServerOptions(null, null);
    }

    /**
     * DynamoDB persisted under {@code dataDir/dynamodb}, S3 objects under {@code dataDir/s3}, the S3 event
     * messages of uploads under {@code incoming/} in {@code dataDir/ingest-queue}.
     */
    public static LocalServerOptions persistentUnder(Path dataDir) {
        return new LocalServerOptions(dataDir.resolve("dynamodb"), dataDir.resolve("s3"), dataDir.resolve(INGEST_QUEUE));
    }

    /** Returns a copy that also starts an S3 server keeping objects under {@code dir}. */
    public LocalServerOptions withS3(Path dir) {
        return new LocalServerOptions(dynamoDir, dir, s3EventsDir);
    }

    List<String> arguments() {
        List<String> args = new ArrayList<>();
        args.add(dynamoDir == null ? "dynamodb" : "dynamodb=" + dynamoDir.toAbsolutePath());
        if (s3Dir != null) {
            args.add("s3=" + s3Dir.toAbsolutePath());
            if (s3EventsDir != null) {
                args.add("s3events=" + s3EventsDir.toAbsolutePath());
            }
        }
        return args;
    }
}

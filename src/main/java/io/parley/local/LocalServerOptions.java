package io.parley.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which local servers to start. A {@code null} DynamoDB directory keeps the tables in memory; a
 * {@code null} S3 directory means no S3 server.
 */
public record LocalServerOptions(Path dynamoDir, Path s3Dir) {

    /** DynamoDB only, in memory (tests). */
    public static LocalServerOptions inMemory() {
        return new LocalServerOptions(null, null);
    }

    /** DynamoDB persisted under {@code dataDir/dynamodb}, S3 objects under {@code dataDir/s3}. */
    public static LocalServerOptions persistentUnder(Path dataDir) {
        return new LocalServerOptions(dataDir.resolve("dynamodb"), dataDir.resolve("s3"));
    }

    /** Returns a copy that also starts an S3 server keeping objects under {@code dir}. */
    public LocalServerOptions withS3(Path dir) {
        return new LocalServerOptions(dynamoDir, dir);
    }

    List<String> arguments() {
        List<String> args = new ArrayList<>();
        args.add(dynamoDir == null ? "dynamodb" : "dynamodb=" + dynamoDir.toAbsolutePath());
        if (s3Dir != null) {
            args.add("s3=" + s3Dir.toAbsolutePath());
        }
        return args;
    }
}

package io.parley.aws;

import io.parley.ingest.InvalidArticleException;
import io.parley.service.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Reads uploaded objects named by S3 event records. */
public final class S3Uploads {

    private final S3Client s3;
    private final long maxBytes;

    public S3Uploads(S3Client s3, long maxBytes) {
        this.s3 = s3;
        this.maxBytes = maxBytes;
    }

    /**
     * Reads an object: one GET, whose body is read only when its length is within the limit.
     *
     * @param eventKey the key as S3 events give it: URL-encoded, spaces as '+'
     * @throws InvalidArticleException when the object is larger than the limit or no longer exists (retrying
     *                                 will not help); other S3 failures are thrown as they come, to be retried
     */
    public Upload read(String bucket, String eventKey) throws InvalidArticleException {
        String key = key(eventKey);
        try (ResponseInputStream<GetObjectResponse> object = open(bucket, key)) {
            long size = object.response().contentLength();
            if (size > maxBytes) {
                object.abort();
                throw new InvalidArticleException("object is " + size + " bytes, more than the limit of " + maxBytes);
            }
            return new S3Upload(bucket, key, object.readAllBytes(), object.response().metadata()).upload();
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key, e);
        }
    }

    private ResponseInputStream<GetObjectResponse> open(String bucket, String key) throws InvalidArticleException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new InvalidArticleException("the object s3://" + bucket + "/" + key + " no longer exists");
        }
    }

    /** The source an object is kept with, {@code s3://bucket/key}, from the key as an S3 event gives it. */
    public static String source(String bucket, String eventKey) {
        return "s3://" + bucket + "/" + key(eventKey);
    }

    private static String key(String eventKey) {
        return URLDecoder.decode(eventKey, StandardCharsets.UTF_8);
    }
}

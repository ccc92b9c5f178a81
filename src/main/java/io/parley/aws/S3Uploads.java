package io.parley.aws;

import io.parley.ingest.InvalidArticleException;
import io.parley.service.Upload;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** Reads uploaded objects named by S3 event records. */
public final class S3Uploads {

    private final S3Client s3;
    private final long maxBytes;

    public S3Uploads(S3Client s3, long maxBytes) {
        this.s3 = s3;
        this.maxBytes = maxBytes;
    }

    /**
     * Reads an object.
     *
     * @param eventKey the key as S3 events give it: URL-encoded, spaces as '+'
     * @throws InvalidArticleException when the object is larger than the limit (retrying will not help)
     */
    public Upload read(String bucket, String eventKey) throws InvalidArticleException {
        String key = key(eventKey);
        long size = s3.headObject(b -> b.bucket(bucket).key(key)).contentLength();
        if (size > maxBytes) {
            throw new InvalidArticleException("object is " + size + " bytes, more than the limit of " + maxBytes);
        }
        ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
        return new S3Upload(bucket, key, object.asByteArray(), object.response().metadata()).upload();
    }

    /** The source an object is kept with, {@code s3://bucket/key}, from the key as an S3 event gives it. */
    public static String source(String bucket, String eventKey) {
        return "s3://" + bucket + "/" + key(eventKey);
    }

    private static String key(String eventKey) {
        return URLDecoder.decode(eventKey, StandardCharsets.UTF_8);
    }
}

package io.parley.cli;

import io.parley.store.LocalDynamo;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * The local stand-in for the deployed articles bucket: the local S3 server at {@code endpoint}, the bucket
 * {@value #BUCKET}, and the folder where the server queues an S3 event for each object created under
 * {@value #PREFIX} (the deployed bucket's notification to the ingest queue).
 */
record IncomingBucket(URI endpoint, Path queue) {

    static final String BUCKET = "parley-articles";
    static final String PREFIX = "incoming/";

    /** A client for the local S3 server (path-style, no chunked encoding, which s3rver would store); close it. */
    S3Client client() {
        return S3Client.builder().endpointOverride(endpoint).region(Region.of(LocalDynamo.REGION))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalDynamo.ACCESS_KEY, LocalDynamo.SECRET_KEY)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true)
                        .chunkedEncodingEnabled(false).build())
                .build();
    }

    /** Creates the bucket unless it exists. */
    static void ensureBucket(S3Client s3) {
        try {
            s3.createBucket(b -> b.bucket(BUCKET));
        } catch (BucketAlreadyExistsException | BucketAlreadyOwnedByYouException exists) {
            // kept from an earlier run: its objects stay
        }
    }
}

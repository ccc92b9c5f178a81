package io.parley.store;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** Builds a plain SDK client for a local DynamoDB-compatible endpoint, for the command line. */
public final class LocalDynamo {

    /**
     * Region and static credentials for the local servers: dynalite accepts any, s3rver only its built-in
     * pair {@code S3RVER}/{@code S3RVER}, so every local client uses that pair.
     */
    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY = "S3RVER";
    public static final String SECRET_KEY = "S3RVER";

    private LocalDynamo() {
    }

    /** A client for {@code endpoint}; close it when done. */
    public static DynamoDbClient client(URI endpoint) {
        return builder(endpoint).build();
    }

    /** The builder of {@link #client}, for callers that add settings (timeouts) of their own. */
    public static DynamoDbClientBuilder builder(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
    }
}

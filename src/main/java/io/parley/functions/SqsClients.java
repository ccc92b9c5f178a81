package io.parley.functions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * Builds the SQS client (the Quarkiverse SQS extension is not available at the BOM's version here). In AWS
 * it uses the Lambda's region and role; with {@code parley.sqs.endpoint-override} set (tests, local runs)
 * it talks to that endpoint with static local credentials.
 */
@ApplicationScoped
public class SqsClients {

    @Produces
    @Singleton
    SqsClient sqs(@ConfigProperty(name = "parley.sqs.endpoint-override") Optional<URI> endpoint,
                  @ConfigProperty(name = "parley.sqs.region") Optional<String> region) {
        SqsClientBuilder builder = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
        builder.region(region.map(Region::of).orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion()));
        if (endpoint.isPresent()) {
            builder.endpointOverride(endpoint.get())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("parley-local", "parley-local-secret")));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }

    void close(@Disposes SqsClient sqs) {
        sqs.close();
    }
}

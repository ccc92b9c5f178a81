package io.parley.functions;

import io.parley.extract.Extractor;
import io.parley.store.ParleyStore;
import io.quarkus.funqy.lambda.FunqyLambdaBindingRecorder;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Primes a function before its SnapStart snapshot: registered as a CRaC resource at start-up, so Lambda calls
 * {@link #beforeCheckpoint} once when it publishes a version (outside SnapStart nothing calls it). The beans
 * are looked up only then, so start-up elsewhere builds nothing extra. Besides {@link Priming} (extractor,
 * clients) it sends the exported function's harmless {@link PrimingRequests} through the Lambda handler itself,
 * so a restored function's first request finds the classes of a real request loaded.
 */
@ApplicationScoped
public class SnapStartPriming implements Resource {

    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);

    @Inject
    Instance<Extractor> extractor;
    @Inject
    Instance<ParleyStore> store;
    @Inject
    Instance<SqsClient> sqs;
    @ConfigProperty(name = "parley.extract-queue-url")
    String queueUrl;
    @ConfigProperty(name = "quarkus.funqy.export")
    String function;

    void register(@Observes StartupEvent started) {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        Priming.Result result = prime();
        List<byte[]> requests = requests();
        long answered = sendRequests(requests).stream().filter(java.util.Objects::nonNull).count();
        LOG.infof("primed for the snapshot: %d meetings, %d statements; DynamoDB answered %s, SQS answered %s; "
                + "%d of %d priming requests to the %s function answered", result.meetings(), result.statements(),
                result.dynamoAnswered(), result.sqsAnswered(), answered, requests.size(), function);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the SDK clients reconnect and re-read credentials on their own.
    }

    /**
     * The priming requests through the handler Lambda calls, minus its start of Quarkus (already running here):
     * the answers ({@code null} where the handler threw).
     */
    List<String> sendRequests(List<byte[]> requests) {
        return PrimingRequests.send(requests, new ParleyStreamHandler(FunqyLambdaBindingRecorder::handle));
    }

    /** The exported function's priming requests (see {@link #sendRequests}). */
    List<byte[]> requests() {
        return PrimingRequests.events(function);
    }

    Priming.Result prime() {
        return Priming.prime(extractor.get(), store.get(), sqs.get(), queueUrl);
    }
}

package io.parley.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.extract.Extractor;
import io.parley.store.ParleyStore;
import io.parley.store.StoreException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

class PrimingTest {

    /** A store whose every call fails, as an unreachable or unauthorised table would. */
    private static final ParleyStore NO_STORE = (ParleyStore) Proxy.newProxyInstance(
            ParleyStore.class.getClassLoader(), new Class<?>[] {ParleyStore.class}, (proxy, method, args) -> {
                throw new StoreException("unreachable", new IllegalStateException("no table"));
            });

    private static final SqsClient NO_SQS = new SqsClient() {
        @Override
        public String serviceName() {
            return "sqs";
        }

        @Override
        public void close() {
        }
    };

    @Test
    void runsTheExtractorOnThePrimingArticleAndSurvivesClientsThatFail() {
        Priming.Result result = Priming.prime(Extractor.create(), NO_STORE, NO_SQS, "http://q");

        assertEquals(1, result.meetings());
        assertEquals(2, result.statements());
        assertFalse(result.dynamoAnswered());
        assertFalse(result.sqsAnswered());
    }

    @Test
    void readsOneArticleThroughTheStore() {
        List<Object> read = new ArrayList<>();
        ParleyStore store = (ParleyStore) Proxy.newProxyInstance(ParleyStore.class.getClassLoader(),
                new Class<?>[] {ParleyStore.class}, (proxy, method, args) -> {
                    read.add(method.getName() + " " + args[0]);
                    return Optional.empty();
                });

        assertTrue(Priming.prime(Extractor.create(), store, NO_SQS, "http://q").dynamoAnswered());
        assertEquals(List.of("find " + Priming.PRIMING_ID), read);
    }
}

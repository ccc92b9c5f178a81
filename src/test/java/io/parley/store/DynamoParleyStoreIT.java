package io.parley.store;

import io.parley.testing.Dynalite;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The store contract on DynamoDB (the shared dynalite, this class's own table). */
class DynamoParleyStoreIT extends ParleyStoreContract {

    private static Dynalite dynalite;

    @BeforeAll
    static void startDynalite() {
        dynalite = Dynalite.start();
    }

    @AfterAll
    static void stopDynalite() {
        dynalite.close();
    }

    /** Batches left before the planted failure; -1: none planted. */
    private final AtomicInteger batchesLeft = new AtomicInteger(-1);

    @Override
    ParleyStore emptyStore(int readBudget) {
        dynalite.reset();
        batchesLeft.set(-1);
        return new DynamoParleyStore(failing(dynalite.client()), dynalite.table(), readBudget);
    }

    @Override
    void failBatchWritesAfter(int batches) {
        batchesLeft.set(batches);
    }

    /** The client, except that its batch writes fail once {@link #batchesLeft} reaches 0. */
    private DynamoDbClient failing(DynamoDbClient real) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("batchWriteItem") && batchesLeft.get() >= 0
                    && batchesLeft.getAndUpdate(n -> Math.max(0, n - 1)) == 0) {
                throw SdkClientException.create("planted failure: the database is gone");
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (DynamoDbClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DynamoDbClient.class}, handler);
    }

    @Override
    Set<String> allItems() {
        Set<String> items = new TreeSet<>();
        for (Map<String, AttributeValue> item : dynalite.client().scanPaginator(b -> b.tableName(dynalite.table())).items()) {
            items.add(new TreeMap<>(item).toString());
        }
        return items;
    }
}

package io.parley.store;

import io.parley.testing.Dynalite;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    @Override
    ParleyStore emptyStore() {
        dynalite.reset();
        return new DynamoParleyStore(dynalite.client(), dynalite.table());
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

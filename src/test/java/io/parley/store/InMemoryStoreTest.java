package io.parley.store;

import java.util.Set;

/** The store contract on the in-memory fixture, so the fast tests' store keeps answering as DynamoDB does. */
class InMemoryStoreTest extends ParleyStoreContract {

    private InMemoryStore store;

    @Override
    ParleyStore emptyStore(int readBudget) {
        store = new InMemoryStore(readBudget);
        return store;
    }

    @Override
    void failBatchWritesAfter(int batches) {
        store.failBatchWritesAfter(batches);
    }

    @Override
    Set<String> allItems() {
        return store.snapshot();
    }
}

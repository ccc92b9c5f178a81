package io.parley.store;

/** The feed store contract on the in-memory fixture's feeds. */
class InMemoryFeedStoreTest extends FeedStoreContract {

    @Override
    FeedStore feedStore() {
        return new InMemoryStore().feeds();
    }
}

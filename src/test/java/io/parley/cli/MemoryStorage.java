package io.parley.cli;

import io.parley.store.InMemoryStore;

/** Command tests' storage: one {@link InMemoryStore} that every command run over it shares, and no server. */
final class MemoryStorage implements Storage {

    private final InMemoryStore store = new InMemoryStore();

    @Override
    public Opened open() {
        return new Opened(store, store.feeds(), () -> { });
    }
}

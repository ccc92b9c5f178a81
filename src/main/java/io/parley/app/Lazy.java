package io.parley.app;

import java.util.function.Supplier;

/** A value built on first use, once, so that a function or command never pays for a service it does not call. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> build;
    private T value;

    Lazy(Supplier<T> build) {
        this.build = build;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = build.get();
        }
        return value;
    }
}

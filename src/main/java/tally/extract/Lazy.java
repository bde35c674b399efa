package tally.extract;

import java.util.function.Supplier;

/** A value worked out on first use and kept: a sentence is tagged only if some rule asks for its tags. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        if (value == null) {
            value = compute.get();
        }
        return value;
    }
}

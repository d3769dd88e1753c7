package org.medmesh.shared.application;

import java.util.List;
import java.util.function.Function;

/** One page of results and whether another follows. */
public record Page<T>(List<T> items, int page, int size, boolean hasMore) {

    public Page {
        items = List.copyOf(items);
    }

    /** Builds a page from a query that fetched {@code size + 1} rows to learn whether more follow. */
    public static <E, V> Page<V> of(List<E> fetched, int page, int size, Function<E, V> view) {
        boolean more = fetched.size() > size;
        return new Page<>(fetched.stream().limit(size).map(view).toList(), page, size, more);
    }
}

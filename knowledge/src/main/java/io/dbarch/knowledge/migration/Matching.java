package io.dbarch.knowledge.migration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/** Pairs the objects of two lists by key: compared when in both, reported when only in one. */
final class Matching {

    private Matching() {
    }

    static <T, K> void pairs(List<T> before, List<T> after, Function<T, K> key,
                             BiFunction<T, T, Optional<Change>> compare, Consumer<T> added, Consumer<T> removed,
                             List<Change> out) {
        var remaining = new LinkedHashMap<K, T>();
        before.forEach(b -> remaining.putIfAbsent(key.apply(b), b));
        for (T target : after) {
            T source = remaining.remove(key.apply(target));
            if (source == null) {
                added.accept(target);
            } else {
                compare.apply(source, target).ifPresent(out::add);
            }
        }
        remaining.values().forEach(removed);
    }
}

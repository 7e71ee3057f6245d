package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.View;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How many views deep a view reads (0 when it reads only tables), found in the views' texts. */
final class ViewDepth {

    private static final int LIMIT = 20;

    private final List<View> all;
    private final Map<View, Integer> known = new HashMap<>();

    ViewDepth(List<View> all) {
        this.all = List.copyOf(all);
    }

    int of(View view) {
        return of(view, 0);
    }

    private int of(View view, int guard) {
        if (guard > LIMIT) {
            return guard;
        }
        Integer cached = known.get(view);
        if (cached != null) {
            return cached;
        }
        int deepest = 0;
        for (View other : all) {
            if (!other.name().equals(view.name()) && Identifiers.mentions(view.definition(), other.name().name())) {
                deepest = Math.max(deepest, 1 + of(other, guard + 1));
            }
        }
        known.put(view, deepest);
        return deepest;
    }
}

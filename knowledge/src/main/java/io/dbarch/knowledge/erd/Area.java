package io.dbarch.knowledge.erd;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A subject area: a named group of tables drawn together in one diagram. */
record Area(String name, List<QualifiedName> tables) {

    Area {
        requireNonNull(name, "name");
        tables = List.copyOf(tables);
    }

    /** Each table of {@code areas} mapped to the position of its area in the list. */
    static Map<QualifiedName, Integer> indexOf(List<Area> areas) {
        var map = new HashMap<QualifiedName, Integer>();
        for (int i = 0; i < areas.size(); i++) {
            for (QualifiedName table : areas.get(i).tables()) {
                map.put(table, i);
            }
        }
        return map;
    }
}

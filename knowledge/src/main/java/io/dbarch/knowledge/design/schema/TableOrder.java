package io.dbarch.knowledge.design.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Orders tables so that referenced tables come first; foreign keys inside a cycle are added afterwards. */
final class TableOrder {

    private TableOrder() {
    }

    static List<TableDesign> sorted(List<TableDesign> tables) {
        List<TableDesign> remaining = new ArrayList<>(tables);
        Set<String> placed = new LinkedHashSet<>();
        List<TableDesign> result = new ArrayList<>();
        while (!remaining.isEmpty()) {
            TableDesign next = remaining.stream()
                    .filter(t -> t.foreignKeys().stream().allMatch(fk -> placed.contains(fk.references())
                            || fk.references().equals(t.name())))
                    .findFirst().orElse(remaining.get(0));
            remaining.remove(next);
            placed.add(next.name());
            result.add(next);
        }
        return result;
    }
}

package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.List;

/**
 * A group of tables found by {@link AreaSplitter}, in name order.
 *
 * @param packed true for a group made of small leftovers packed together (not one topic)
 */
record TableGroup(List<QualifiedName> tables, boolean packed) {

    TableGroup {
        tables = List.copyOf(tables);
    }
}

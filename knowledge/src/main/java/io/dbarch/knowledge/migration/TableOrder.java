package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders tables so that what a table depends on (the tables its foreign keys reference, its parent) comes first.
 * Cycles are broken where they are met; the generators add the foreign keys that close a cycle afterwards.
 */
final class TableOrder {

    private TableOrder() {
    }

    /** Position of each table (by its name in the default schema), referenced tables first. */
    static Map<QualifiedName, Integer> of(SchemaModel model) {
        String schema = model.dialect().defaultSchema();
        Map<QualifiedName, Set<QualifiedName>> needs = new HashMap<>();
        List<QualifiedName> names = new ArrayList<>();
        for (Table t : model.tables()) {
            QualifiedName name = t.name().inSchema(schema);
            names.add(name);
            Set<QualifiedName> deps = new LinkedHashSet<>();
            for (ForeignKey fk : t.foreignKeys()) {
                deps.add(fk.referencedTable().inSchema(schema));
            }
            t.partitionOf().ifPresent(p -> deps.add(p.parent().inSchema(schema)));
            t.inherits().forEach(p -> deps.add(p.inSchema(schema)));
            deps.remove(name);
            needs.put(name, deps);
        }
        Map<QualifiedName, Integer> order = new HashMap<>();
        Set<QualifiedName> visiting = new HashSet<>();
        for (QualifiedName name : names) {
            visit(name, needs, visiting, order);
        }
        return order;
    }

    private static void visit(QualifiedName name, Map<QualifiedName, Set<QualifiedName>> needs,
                              Set<QualifiedName> visiting, Map<QualifiedName, Integer> order) {
        if (order.containsKey(name) || !needs.containsKey(name) || !visiting.add(name)) {
            return;
        }
        List<QualifiedName> stack = new ArrayList<>();
        stack.add(name);
        // iterative depth-first search: a long chain of foreign keys must not overflow the stack
        Map<QualifiedName, java.util.Iterator<QualifiedName>> pending = new HashMap<>();
        pending.put(name, needs.get(name).iterator());
        while (!stack.isEmpty()) {
            QualifiedName top = stack.get(stack.size() - 1);
            var it = pending.get(top);
            if (it.hasNext()) {
                QualifiedName next = it.next();
                if (!order.containsKey(next) && needs.containsKey(next) && visiting.add(next)) {
                    stack.add(next);
                    pending.put(next, needs.get(next).iterator());
                }
            } else {
                stack.remove(stack.size() - 1);
                order.put(top, order.size());
            }
        }
    }
}

package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the PostgreSQL generators share while planning one diff.
 *
 * @param changes    every change of the diff (generators look at related ones)
 * @param tableOrder position of each target table in dependency order (referenced first)
 * @param newTables  target tables that the plan creates
 * @param dropOrder  position of each source table (source names) in dependency order, for dropping in reverse
 */
record PgContext(
        PlanOptions options, SchemaModel from, SchemaModel to, SourceMapper mapper, List<Change> changes,
        Map<QualifiedName, Integer> tableOrder, Set<QualifiedName> newTables,
        Map<QualifiedName, Integer> dropOrder, Draft draft) {

    boolean safe() {
        return options.mode() == Mode.SAFE;
    }

    String defaultSchema() {
        return to.dialect().defaultSchema();
    }

    QualifiedName key(QualifiedName name) {
        return name.inSchema(defaultSchema());
    }

    int order(QualifiedName table) {
        return tableOrder.getOrDefault(key(table), 0);
    }

    boolean isNew(QualifiedName table) {
        return newTables.contains(key(table));
    }

    /** The source version of a target table, in target names. */
    java.util.Optional<Table> before(QualifiedName target) {
        return from.tables().stream().filter(t -> mapper.table(t.name()).equals(key(target))).findFirst()
                .map(mapper::map);
    }

    String group(QualifiedName table) {
        return "table " + key(table);
    }
}

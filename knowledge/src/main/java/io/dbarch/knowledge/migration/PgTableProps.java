package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.TableChanges.AlterTable;
import io.dbarch.knowledge.schema.PartitionOf;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Table properties: storage options, persistence, comment, inheritance and partition membership. */
final class PgTableProps {

    private final PgContext ctx;

    PgTableProps(PgContext ctx) {
        this.ctx = ctx;
    }

    void alter(AlterTable change) {
        Table before = change.before();
        Table after = change.after();
        QualifiedName name = after.name();
        String table = Sql.name(name);
        List<String> what = TableProps.differences(before, after);
        if (what.contains("partition key")) {
            ctx.draft().refuse(name.toString(), "changing the partition key needs a new partitioned table and a"
                    + " copy of the rows; not planned");
        }
        List<String> sql = new ArrayList<>();
        List<String> undo = new ArrayList<>();
        options(table, before.options(), after.options(), sql, undo);
        for (QualifiedName parent : after.inherits()) {
            if (!before.inherits().contains(parent)) {
                sql.add("ALTER TABLE " + table + " INHERIT " + Sql.name(parent));
            }
        }
        for (QualifiedName parent : before.inherits()) {
            if (!after.inherits().contains(parent)) {
                sql.add("ALTER TABLE " + table + " NO INHERIT " + Sql.name(parent));
            }
        }
        if (what.contains("partition of")) {
            partition(table, before.partitionOf(), after.partitionOf(), sql);
        }
        if (!sql.isEmpty()) {
            Action action = Action.of(Stage.TABLE_PROPS, ctx.group(name), "change table " + name + " "
                    + String.join(", ", what), sql, undo).order(ctx.order(name))
                    .hazards(List.of(Locks.briefAccessExclusive(name)));
            if (what.contains("partition of")) {
                action = action.asLongRunning().hazards(List.of(Locks.scan(name, "attaching a partition checks"
                        + " every row against its bound")));
            }
            ctx.draft().add(action);
        }
        if (!before.comment().equals(after.comment())) {
            ctx.draft().add(Action.of(Stage.COMMENTS, "comments", "comment on table " + name,
                    List.of("COMMENT ON TABLE " + table + " IS " + after.comment().map(Sql::literal).orElse("NULL")),
                    List.of("COMMENT ON TABLE " + table + " IS " + before.comment().map(Sql::literal)
                            .orElse("NULL"))));
        }
    }

    private static void options(String table, Map<String, String> before, Map<String, String> after,
                                List<String> sql, List<String> undo) {
        List<String> set = new ArrayList<>();
        List<String> reset = new ArrayList<>();
        after.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                set.add(k + "=" + v);
            }
        });
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(reset::add);
        if (!set.isEmpty()) {
            sql.add("ALTER TABLE " + table + " SET (" + String.join(", ", set) + ")");
        }
        if (!reset.isEmpty()) {
            sql.add("ALTER TABLE " + table + " RESET (" + String.join(", ", reset) + ")");
        }
        List<String> restore = new ArrayList<>();
        before.forEach((k, v) -> {
            if (!v.equals(after.get(k))) {
                restore.add(k + "=" + v);
            }
        });
        List<String> unset = after.keySet().stream().filter(k -> !before.containsKey(k)).toList();
        if (!restore.isEmpty()) {
            undo.add("ALTER TABLE " + table + " SET (" + String.join(", ", restore) + ")");
        }
        if (!unset.isEmpty()) {
            undo.add("ALTER TABLE " + table + " RESET (" + String.join(", ", unset) + ")");
        }
    }

    private static void partition(String table, Optional<PartitionOf> before, Optional<PartitionOf> after,
                                  List<String> sql) {
        before.ifPresent(p -> sql.add("ALTER TABLE " + Sql.name(p.parent()) + " DETACH PARTITION " + table));
        after.ifPresent(p -> sql.add("ALTER TABLE " + Sql.name(p.parent()) + " ATTACH PARTITION " + table + " "
                + p.bound()));
    }
}

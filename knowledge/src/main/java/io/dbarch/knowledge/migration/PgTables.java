package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.TableChanges.CreateTable;
import io.dbarch.knowledge.migration.TableChanges.DropTable;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** CREATE and DROP of tables. */
final class PgTables {

    private final PgContext ctx;

    PgTables(PgContext ctx) {
        this.ctx = ctx;
    }

    void create(CreateTable change) {
        Table t = change.table();
        NameClashes.clear(ctx, t);
        List<String> sql = new ArrayList<>();
        List<ForeignKey> later = new ArrayList<>();
        List<TableConstraint> inline = new ArrayList<>();
        List<TableConstraint> after = new ArrayList<>();
        for (TableConstraint c : Constraints.of(t)) {
            if (c instanceof ForeignKey fk && createdLater(t, fk)) {
                later.add(fk);
            } else if (t.isPartition() || Constraints.notValid(c)) {
                after.add(c);
            } else {
                inline.add(c);
            }
        }
        sql.add(createStatement(t, inline));
        after.forEach(c -> sql.add(PgKeys.add(t, c, Constraints.notValid(c))));
        for (Index index : t.indexes()) {
            sql.add(Indexes.create(index, Indexes.name(index), false));
        }
        t.comment().ifPresent(c -> sql.add("COMMENT ON TABLE " + Sql.name(t.name()) + " IS " + Sql.literal(c)));
        t.columns().stream().filter(c -> c.comment().isPresent())
                .forEach(c -> sql.add(ColumnSql.comment(t.name(), c.name(), c.comment())));
        Action action = Action.of(Stage.TABLES, "new objects", "create table " + t.name(), sql,
                List.of("DROP TABLE " + Sql.name(t.name()))).order(ctx.order(t.name()));
        for (TableConstraint c : inline) {
            if (c instanceof ForeignKey fk && !ctx.isNew(fk.referencedTable())) {
                action = action.hazard(HazardKind.TAKES_LOCK, "SHARE ROW EXCLUSIVE on " + fk.referencedTable()
                        + " while the foreign key is added: blocks writes to it briefly");
            }
        }
        ctx.draft().add(action);
        for (ForeignKey fk : later) {
            String name = Constraints.name(t, fk);
            ctx.draft().add(Action.of(Stage.NEW_TABLE_KEYS, "new objects", "add foreign key " + name,
                    List.of(PgKeys.add(t, fk, fk.notValid())), List.of("ALTER TABLE " + Sql.name(t.name())
                            + " DROP CONSTRAINT " + Sql.ident(name))).order(ctx.order(t.name())));
        }
    }

    private boolean createdLater(Table table, ForeignKey fk) {
        QualifiedName ref = ctx.key(fk.referencedTable());
        return ctx.isNew(ref) && !ref.equals(ctx.key(table.name())) && ctx.order(ref) > ctx.order(table.name());
    }

    private String createStatement(Table t, List<TableConstraint> constraints) {
        String name = Sql.name(t.name());
        String head = "CREATE " + (t.unlogged() ? "UNLOGGED " : "") + "TABLE " + name;
        if (t.isPartition()) {
            return head + " PARTITION OF " + Sql.name(t.partitionOf().orElseThrow().parent()) + " "
                    + t.partitionOf().orElseThrow().bound() + partitionBy(t) + with(t);
        }
        List<String> lines = new ArrayList<>();
        for (Column c : t.columns()) {
            if (!inheritedColumn(t, c)) {
                lines.add(ColumnSql.definition(c));
            }
        }
        constraints.forEach(c -> lines.add("CONSTRAINT " + Sql.ident(Constraints.name(t, c)) + " "
                + Constraints.definition(c)));
        String inherits = t.inherits().isEmpty() ? "" : " INHERITS (" + t.inherits().stream().map(Sql::name)
                .collect(Collectors.joining(", ")) + ")";
        return head + " (\n    " + String.join(",\n    ", lines) + "\n)" + inherits + partitionBy(t) + with(t);
    }

    private boolean inheritedColumn(Table t, Column c) {
        return t.inherits().stream().anyMatch(p -> ctx.to().table(p).flatMap(x -> x.column(c.name())).isPresent());
    }

    private static String partitionBy(Table t) {
        return t.partitioning().map(p -> " PARTITION BY " + p.strategy().toUpperCase(java.util.Locale.ROOT)
                + " (" + p.key() + ")").orElse("");
    }

    private static String with(Table t) {
        return t.options().isEmpty() ? "" : " WITH (" + t.options().entrySet().stream()
                .map(e -> e.getKey() + (e.getValue().isEmpty() ? "" : "=" + e.getValue()))
                .sorted().collect(Collectors.joining(", ")) + ")";
    }

    void drop(DropTable change) {
        Table t = change.table();
        Action action = Action.of(Stage.DROP_TABLES, "drop tables", "drop table " + t.name(),
                List.of("DROP TABLE IF EXISTS " + Sql.name(t.name())), List.of())
                .order(-ctx.dropOrder().getOrDefault(t.name(), 0))
                .hazard(HazardKind.LOSES_DATA, "every row of " + t.name() + " is deleted")
                .hazard(HazardKind.IRREVERSIBLE, "restoring " + t.name() + " needs a backup")
                .hazard(HazardKind.BREAKS_RUNNING_APP, "an application version that still reads or writes "
                        + t.name() + " fails")
                .hazards(List.of(Locks.briefAccessExclusive(t.name())))
                .deployBefore("Deploy the application version that no longer uses the tables and columns dropped"
                        + " from here on.");
        ctx.draft().add(action);
    }
}

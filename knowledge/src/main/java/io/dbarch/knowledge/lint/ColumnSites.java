package io.dbarch.knowledge.lint;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.sql.AlterAction;
import io.dbarch.knowledge.sql.DdlStatement;
import io.dbarch.knowledge.sql.SqlStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects the {@link ColumnSite}s of a schema or of one migration's statements. */
final class ColumnSites {

    private ColumnSites() {
    }

    static List<ColumnSite> ofModel(SchemaModel model) {
        List<ColumnSite> sites = new ArrayList<>();
        for (Table t : model.tables()) {
            if (t.isPartition()) {
                continue; // a partition's columns are its parent's
            }
            Set<String> inherited = new HashSet<>();
            t.inherits().forEach(p -> model.table(p).ifPresent(parent ->
                    parent.columns().forEach(c -> inherited.add(c.name()))));
            Set<String> keys = keyColumns(t.primaryKey().stream().map(x -> (TableConstraint) x).toList());
            keys.addAll(keyColumns(List.copyOf(t.foreignKeys())));
            for (Column c : t.columns()) {
                if (!inherited.contains(c.name())) {
                    sites.add(new ColumnSite(t.name(), c.name(), c.type(), Optional.of(c), c.location(),
                            keys.contains(c.name())));
                }
            }
        }
        return sites;
    }

    static List<ColumnSite> ofStatements(List<SqlStatement> statements, SchemaModel model) {
        List<ColumnSite> sites = new ArrayList<>();
        for (SqlStatement s : statements) {
            if (s.ddl().isEmpty()) {
                continue;
            }
            DdlStatement ddl = s.ddl().get();
            if (ddl instanceof DdlStatement.CreateTable c && c.partitionOf().isEmpty()) {
                Set<String> keys = keyColumns(c.constraints());
                c.columns().forEach(col -> sites.add(new ColumnSite(c.name(), col.name(), col.type(),
                        Optional.of(col), col.location(), keys.contains(col.name()))));
            } else if (ddl instanceof DdlStatement.AlterTable a) {
                for (AlterAction action : a.actions()) {
                    site(a, action, model).ifPresent(sites::add);
                }
            }
        }
        return sites;
    }

    private static Optional<ColumnSite> site(DdlStatement.AlterTable a, AlterAction action, SchemaModel model) {
        if (action instanceof AlterAction.AddColumn add) {
            Column c = add.column();
            boolean key = keyColumns(add.constraints()).contains(c.name()) || isKey(model, a.table(), c.name());
            return Optional.of(new ColumnSite(a.table(), c.name(), c.type(), Optional.of(c), c.location(), key));
        }
        if (action instanceof AlterAction.AlterColumnType type) {
            return Optional.of(new ColumnSite(a.table(), type.column(), type.type(), Optional.empty(),
                    a.location(), isKey(model, a.table(), type.column())));
        }
        if (action instanceof AlterAction.ChangeColumn change) {
            Column c = change.column();
            return Optional.of(new ColumnSite(a.table(), c.name(), c.type(), Optional.of(c), c.location(),
                    isKey(model, a.table(), c.name())));
        }
        return Optional.empty();
    }

    private static boolean isKey(SchemaModel model, QualifiedName table, String column) {
        return model.table(table).map(t -> t.primaryKey().map(pk -> pk.columns().contains(column)).orElse(false)
                || t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column))).orElse(false);
    }

    private static Set<String> keyColumns(List<? extends TableConstraint> constraints) {
        Set<String> keys = new HashSet<>();
        for (TableConstraint c : constraints) {
            if (c instanceof PrimaryKey pk) {
                keys.addAll(pk.columns());
            } else if (c instanceof ForeignKey fk) {
                keys.addAll(fk.columns());
            }
        }
        return keys;
    }
}

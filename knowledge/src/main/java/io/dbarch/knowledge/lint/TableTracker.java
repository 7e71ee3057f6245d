package io.dbarch.knowledge.lint;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.sql.AlterAction;
import io.dbarch.knowledge.sql.DdlStatement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Follows which tables and columns exist as migrations are applied in order, so that each migration can be
 * judged against what existed before it. Tables are keyed by their lower-case name without schema: migration
 * sets rarely reuse one table name in two schemas, and search_path changes make the schema unreliable.
 */
final class TableTracker {

    private final Map<String, Map<String, Column>> tables = new HashMap<>();
    private final Map<String, QualifiedName> names = new HashMap<>();

    static String key(QualifiedName name) {
        return name.name().toLowerCase(Locale.ROOT);
    }

    Map<String, TableState> snapshot() {
        Map<String, TableState> copy = new HashMap<>();
        tables.forEach((k, columns) -> copy.put(k, new TableState(names.get(k), columns)));
        return copy;
    }

    void apply(DdlStatement statement) {
        if (statement instanceof DdlStatement.CreateTable c) {
            if (c.ifNotExists() && tables.containsKey(key(c.name()))) {
                return;
            }
            Map<String, Column> columns = new LinkedHashMap<>();
            c.columns().forEach(col -> columns.put(col.name().toLowerCase(Locale.ROOT), col));
            tables.put(key(c.name()), columns);
            names.put(key(c.name()), c.name());
        } else if (statement instanceof DdlStatement.AlterTable a) {
            Map<String, Column> columns = tables.get(key(a.table()));
            if (columns != null) {
                a.actions().forEach(action -> alter(a.table(), columns, action));
            }
        } else if (statement instanceof DdlStatement.Drop d && d.objectKind().equals("table")) {
            d.names().forEach(n -> tables.remove(key(n)));
        } else if (statement instanceof DdlStatement.Rename r && r.objectKind().equals("table")) {
            rename(r.from(), r.to());
        }
    }

    private void alter(QualifiedName table, Map<String, Column> columns, AlterAction action) {
        if (action instanceof AlterAction.AddColumn add) {
            columns.put(add.column().name().toLowerCase(Locale.ROOT), add.column());
        } else if (action instanceof AlterAction.DropColumn drop) {
            columns.remove(drop.column().toLowerCase(Locale.ROOT));
        } else if (action instanceof AlterAction.AlterColumnType type) {
            columns.computeIfPresent(type.column().toLowerCase(Locale.ROOT), (k, c) -> new Column(c.name(),
                    type.type(), c.nullable(), c.defaultExpression(), c.identity(), c.serial(), c.autoIncrement(),
                    c.generatedExpression(), c.collation(), c.comment(), c.location()));
        } else if (action instanceof AlterAction.ChangeColumn change) {
            columns.remove(change.from().toLowerCase(Locale.ROOT));
            columns.put(change.column().name().toLowerCase(Locale.ROOT), change.column());
        } else if (action instanceof AlterAction.RenameColumn r) {
            Column c = columns.remove(r.from().toLowerCase(Locale.ROOT));
            if (c != null) {
                columns.put(r.to().toLowerCase(Locale.ROOT), new Column(r.to(), c.type(), c.nullable(),
                        c.defaultExpression(), c.identity(), c.serial(), c.autoIncrement(), c.generatedExpression(),
                        c.collation(), c.comment(), c.location()));
            }
        } else if (action instanceof AlterAction.RenameTable r) {
            rename(table, r.to());
        }
    }

    private void rename(QualifiedName from, String to) {
        Map<String, Column> columns = tables.remove(key(from));
        if (columns != null) {
            QualifiedName renamed = new QualifiedName(from.schema(), to);
            tables.put(key(renamed), columns);
            names.put(key(renamed), renamed);
        }
    }
}

package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.ExclusionConstraint;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.List;
import java.util.stream.Stream;

/** Naming, describing and listing table constraints. */
final class Constraints {

    private Constraints() {
    }

    /** Every constraint of the table, keys first. */
    static List<TableConstraint> of(Table table) {
        return Stream.<TableConstraint>concat(
                Stream.concat(table.primaryKey().stream(), table.uniqueConstraints().stream()),
                Stream.concat(Stream.concat(table.checks().stream(), table.exclusions().stream()),
                        table.foreignKeys().stream())).toList();
    }

    /** The constraint's name, or the one PostgreSQL gives it when the source did not name it. */
    static String name(Table table, TableConstraint constraint) {
        return constraint.name().orElseGet(() -> defaultName(table, constraint));
    }

    /** The name PostgreSQL would give the constraint on this table if it had none. */
    static String defaultName(Table table, TableConstraint constraint) {
        String t = table.name().name();
        if (constraint instanceof PrimaryKey) {
            return Sql.objectName(t, null, "pkey");
        }
        if (constraint instanceof UniqueConstraint u) {
            return Sql.objectName(t, String.join("_", u.columns()), "key");
        }
        if (constraint instanceof ForeignKey fk) {
            return Sql.objectName(t, String.join("_", fk.columns()), "fkey");
        }
        if (constraint instanceof CheckConstraint ck) {
            String column = ck.column().orElseGet(() -> firstColumn(table, ck.expression()));
            return Sql.objectName(t, column.isEmpty() ? null : column, "check");
        }
        return Sql.objectName(t, firstColumn(table, ((ExclusionConstraint) constraint).definition()), "excl");
    }

    /** The columns the constraint is declared on (for a check: those its expression mentions). */
    static List<String> columns(Table table, TableConstraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return pk.columns();
        }
        if (constraint instanceof UniqueConstraint u) {
            return u.columns();
        }
        if (constraint instanceof ForeignKey fk) {
            return fk.columns();
        }
        String text = constraint instanceof CheckConstraint ck ? ck.expression()
                : ((ExclusionConstraint) constraint).definition();
        return table.columns().stream().map(c -> c.name()).filter(c -> Identifiers.mentions(text, c)).toList();
    }

    static String describe(TableConstraint constraint) {
        String name = constraint.name().map(n -> " " + n).orElse("");
        if (constraint instanceof PrimaryKey pk) {
            return "primary key" + name + " " + pk.columns();
        }
        if (constraint instanceof UniqueConstraint u) {
            return "unique" + name + " " + u.columns();
        }
        if (constraint instanceof ForeignKey fk) {
            return "foreign key" + name + " " + fk.columns() + " -> " + fk.referencedTable() + fk.referencedColumns();
        }
        if (constraint instanceof CheckConstraint ck) {
            return "check" + name + " (" + ck.expression() + ")";
        }
        return "exclusion" + name + " " + ((ExclusionConstraint) constraint).definition();
    }

    /** The definition after {@code ADD CONSTRAINT name}, e.g. {@code UNIQUE (email)}. */
    static String definition(TableConstraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return "PRIMARY KEY (" + Sql.columns(pk.columns()) + ")" + (pk.deferrable() ? " DEFERRABLE" : "");
        }
        if (constraint instanceof UniqueConstraint u) {
            return "UNIQUE" + (u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "") + " (" + Sql.columns(u.columns())
                    + ")" + (u.deferrable() ? " DEFERRABLE" : "");
        }
        if (constraint instanceof ForeignKey fk) {
            return "FOREIGN KEY (" + Sql.columns(fk.columns()) + ") REFERENCES " + Sql.name(fk.referencedTable())
                    + (fk.referencedColumns().isEmpty() ? "" : " (" + Sql.columns(fk.referencedColumns()) + ")")
                    + action("DELETE", fk.onDelete()) + action("UPDATE", fk.onUpdate())
                    + (fk.deferrable() ? " DEFERRABLE" + (fk.initiallyDeferred() ? " INITIALLY DEFERRED" : "") : "");
        }
        if (constraint instanceof CheckConstraint ck) {
            return "CHECK (" + ck.expression() + ")";
        }
        return "EXCLUDE " + ((ExclusionConstraint) constraint).definition();
    }

    static boolean notValid(TableConstraint constraint) {
        return constraint instanceof CheckConstraint ck && ck.notValid()
                || constraint instanceof ForeignKey fk && fk.notValid();
    }

    private static String action(String event, io.dbarch.knowledge.schema.ReferentialAction action) {
        return action == io.dbarch.knowledge.schema.ReferentialAction.NO_ACTION ? ""
                : " ON " + event + " " + action.sql();
    }

    private static String firstColumn(Table table, String expression) {
        return table.columns().stream().map(c -> c.name()).filter(c -> Identifiers.mentions(expression, c))
                .findFirst().orElse("");
    }
}

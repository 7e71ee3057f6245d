package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.List;

/** The names PostgreSQL gives constraints declared without one ({@code orders_pkey}, {@code orders_user_id_fkey}). */
final class ConstraintNames {

    private ConstraintNames() {
    }

    /** True when {@code name} is the constraint's own name or the one PostgreSQL would have generated. */
    static boolean matches(TableConstraint constraint, String table, String name) {
        if (constraint.name().isPresent()) {
            return constraint.name().get().equals(name);
        }
        return generated(constraint, table).equals(name);
    }

    static String generated(TableConstraint constraint, String table) {
        if (constraint instanceof PrimaryKey) {
            return truncate(table + "_pkey");
        }
        if (constraint instanceof UniqueConstraint u) {
            return truncate(table + "_" + String.join("_", u.columns()) + "_key");
        }
        if (constraint instanceof ForeignKey fk) {
            return truncate(table + "_" + String.join("_", fk.columns()) + "_fkey");
        }
        if (constraint instanceof CheckConstraint c) {
            return truncate(table + c.column().map(col -> "_" + col).orElse("") + "_check");
        }
        return truncate(table + "_excl");
    }

    private static String truncate(String name) {
        return name.length() <= 63 ? name : name.substring(0, 63);
    }

    static <T extends TableConstraint> boolean removeNamed(List<T> list, String table, String name) {
        return list.removeIf(c -> matches(c, table, name));
    }
}

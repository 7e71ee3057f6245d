package io.dbarch.knowledge.sql;

import static io.dbarch.knowledge.sql.CatalogJdbc.strings;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.ExclusionConstraint;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.ReferentialAction;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY and EXCLUDE constraints. Constraints a table only has because a
 * parent has them (inherited checks, partition clones of the parent's keys) are left out: the parent carries them.
 */
final class CatalogConstraints {

    /** The constraints of one table. */
    record TableConstraints(
            List<PrimaryKey> primaryKeys, List<UniqueConstraint> uniques, List<CheckConstraint> checks,
            List<ForeignKey> foreignKeys, List<ExclusionConstraint> exclusions) {

        static TableConstraints empty() {
            return new TableConstraints(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
        }
    }

    private static String sql(String nullsNotDistinct) {
        return """
                SELECT k.conrelid, k.conname, k.contype, k.condeferrable, k.condeferred, k.convalidated,
                       ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
                             ORDER BY u.ord) AS cols,
                       ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum
                             ORDER BY u.ord) AS refcols,
                       rn.nspname AS refschema, r.relname AS reftable, k.confdeltype, k.confupdtype,
                       CASE WHEN k.contype = 'c' THEN pg_get_expr(k.conbin, k.conrelid) END AS expr,
                       CASE WHEN k.contype = 'x' THEN pg_get_constraintdef(k.oid) END AS def,
                       COALESCE(%s, false) AS nulls_not_distinct
                FROM pg_constraint k
                JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_class r ON r.oid = k.confrelid LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
                LEFT JOIN pg_index i ON i.indexrelid = k.conindid AND k.contype = 'u'
                WHERE k.contype IN ('p', 'u', 'c', 'f', 'x') AND k.conislocal AND k.conparentid = 0 AND\s""".formatted(nullsNotDistinct)
                + CatalogJdbc.userRelation("'r', 'p'") + "\nORDER BY k.conrelid, k.conname COLLATE \"C\"";
    }

    private CatalogConstraints() {
    }

    static Map<Long, TableConstraints> read(Connection connection, int serverMajorVersion, SourceLocation location)
            throws SQLException {
        Map<Long, TableConstraints> byTable = new HashMap<>();
        CatalogJdbc.query(connection, sql(CatalogJdbc.nullsNotDistinct(serverMajorVersion)), rs -> {
            TableConstraints table = byTable.computeIfAbsent(rs.getLong("conrelid"), k -> TableConstraints.empty());
            Optional<String> name = Optional.of(rs.getString("conname"));
            boolean deferrable = rs.getBoolean("condeferrable");
            List<String> columns = strings(rs, "cols");
            switch (rs.getString("contype")) {
                case "p" -> table.primaryKeys().add(new PrimaryKey(name, columns, deferrable, location));
                case "u" -> table.uniques().add(new UniqueConstraint(name, columns,
                        rs.getBoolean("nulls_not_distinct"), deferrable, location));
                case "c" -> table.checks().add(new CheckConstraint(name, CatalogText.unwrap(rs.getString("expr")),
                        Optional.empty(), !rs.getBoolean("convalidated"), location));
                case "f" -> table.foreignKeys().add(foreignKey(rs, name, columns, location));
                default -> table.exclusions().add(new ExclusionConstraint(name,
                        rs.getString("def").replaceFirst("^EXCLUDE\\s+", ""), location));
            }
        });
        return byTable;
    }

    private static ForeignKey foreignKey(ResultSet rs, Optional<String> name, List<String> columns,
                                         SourceLocation location) throws SQLException {
        return new ForeignKey(
                name,
                columns,
                QualifiedName.of(rs.getString("refschema"), rs.getString("reftable")),
                strings(rs, "refcols"),
                action(rs.getString("confdeltype")),
                action(rs.getString("confupdtype")),
                rs.getBoolean("condeferrable"),
                rs.getBoolean("condeferred"),
                !rs.getBoolean("convalidated"),
                location);
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}

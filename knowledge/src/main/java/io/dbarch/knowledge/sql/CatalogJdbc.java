package io.dbarch.knowledge.sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** SQL fragments and JDBC helpers shared by the catalog readers. All SQL here is constant text. */
final class CatalogJdbc {

    /** Objects with an OID below this were created by initdb (pg_dump leaves them out too). */
    static final long FIRST_NORMAL_OID = 16384;

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private CatalogJdbc() {
    }

    /** Condition on a pg_namespace alias: not pg_catalog, information_schema, pg_toast*, pg_temp*. */
    static String userSchema(String namespaceAlias) {
        return namespaceAlias + ".nspname <> 'information_schema' AND " + namespaceAlias + ".nspname !~ '^pg_'";
    }

    /** Condition: the object is not a member of an extension (pg_depend deptype 'e'). */
    static String notFromExtension(String catalog, String oidExpression) {
        return "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = '" + catalog + "'::regclass"
                + " AND x.objid = " + oidExpression + " AND x.deptype = 'e')";
    }

    /** Condition on pg_class alias {@code c} joined to pg_namespace {@code n}: a user object of those kinds. */
    static String userRelation(String relkinds) {
        return "c.relkind IN (" + relkinds + ") AND " + userSchema("n") + " AND "
                + notFromExtension("pg_class", "c.oid");
    }

    /** {@code NULLS NOT DISTINCT} of pg_index alias {@code i}: a column from PostgreSQL 15 on, false before. */
    static String nullsNotDistinct(int serverMajorVersion) {
        return serverMajorVersion >= 15 ? "i.indnullsnotdistinct" : "false";
    }

    static void query(Connection connection, String sql, Row row) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    static Optional<String> optional(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
        } finally {
            array.free();
        }
    }
}

package io.dbarch.knowledge.sql;

import static io.dbarch.knowledge.sql.CatalogJdbc.optional;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.SourceLocation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the columns of every user table, in attnum order. */
final class CatalogColumns {

    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
                   CASE WHEN t.typcategory = 'A' THEN greatest(a.attndims, 1) ELSE 0 END AS dims,
                   a.attnotnull, a.attidentity, a.attgenerated,
                   pg_get_expr(d.adbin, d.adrelid) AS expr,
                   CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN co.collname END AS coll,
                   col_description(a.attrelid, a.attnum) AS comment,
                   d.adbin IS NOT NULL AND EXISTS (
                       SELECT 1 FROM pg_depend owned
                       JOIN pg_depend used ON used.refobjid = owned.objid
                            AND used.refclassid = 'pg_class'::regclass
                            AND used.classid = 'pg_attrdef'::regclass AND used.objid = d.oid
                       WHERE owned.classid = 'pg_class'::regclass AND owned.refclassid = 'pg_class'::regclass
                         AND owned.refobjid = a.attrelid AND owned.refobjsubid = a.attnum
                         AND owned.deptype IN ('a', 'i')) AS owned_sequence
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            WHERE a.attnum > 0 AND NOT a.attisdropped AND\s""" + CatalogJdbc.userRelation("'r', 'p'") + """

            ORDER BY a.attrelid, a.attnum""";

    private CatalogColumns() {
    }

    static Map<Long, List<Column>> read(Connection connection, SourceLocation location) throws SQLException {
        Map<Long, List<Column>> byTable = new HashMap<>();
        CatalogJdbc.query(connection, COLUMNS, rs -> {
            Optional<String> expression = optional(rs, "expr").map(CatalogText::unwrap);
            String generated = rs.getString("attgenerated");
            boolean isGenerated = generated != null && !generated.isEmpty();
            Column column = new Column(
                    rs.getString("attname"),
                    CatalogText.dataType(rs.getString("type"), rs.getInt("dims")),
                    !rs.getBoolean("attnotnull"),
                    isGenerated ? Optional.empty() : expression,
                    identity(rs.getString("attidentity")),
                    rs.getBoolean("owned_sequence") && expression.filter(e -> e.startsWith("nextval(")).isPresent(),
                    false,
                    isGenerated ? expression : Optional.empty(),
                    optional(rs, "coll"),
                    optional(rs, "comment"),
                    location);
            byTable.computeIfAbsent(rs.getLong("attrelid"), k -> new ArrayList<>()).add(column);
        });
        return byTable;
    }

    private static Identity identity(String attidentity) {
        if ("a".equals(attidentity)) {
            return Identity.ALWAYS;
        }
        return "d".equals(attidentity) ? Identity.BY_DEFAULT : Identity.NONE;
    }
}

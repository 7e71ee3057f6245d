package io.dbarch.knowledge.sql;

import static io.dbarch.knowledge.sql.CatalogJdbc.optional;

import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.IndexKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SourceLocation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads indexes that stand on their own: not those backing a PRIMARY KEY, UNIQUE or EXCLUDE constraint, and not
 * a partition's copy of its parent's index.
 */
final class CatalogIndexes {

    private static final String KEYS = """
            SELECT i.indexrelid, k.n < i.indnkeyatts AS is_key, i.indkey[k.n] = 0 AS is_expr, a.attname,
                   pg_get_indexdef(i.indexrelid, k.n + 1, false) AS keydef,
                   CASE WHEN k.n < i.indnkeyatts THEN i.indoption[k.n] ELSE 0 END AS opt,
                   CASE WHEN k.n < i.indnkeyatts AND NOT oc.opcdefault THEN oc.opcname END AS opclass,
                   CASE WHEN k.n < i.indnkeyatts AND i.indkey[k.n] <> 0 AND i.indcollation[k.n] <> 0
                             AND i.indcollation[k.n] <> a.attcollation THEN co.collname END AS coll
            FROM pg_index i CROSS JOIN LATERAL generate_series(0, i.indnatts - 1) AS k(n)
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n]
            LEFT JOIN pg_opclass oc ON k.n < i.indnkeyatts AND oc.oid = i.indclass[k.n]
            LEFT JOIN pg_collation co ON k.n < i.indnkeyatts AND co.oid = i.indcollation[k.n]
            WHERE\s""" + CatalogJdbc.userRelation("'r', 'p'") + "\nORDER BY i.indexrelid, k.n";

    private static String indexes(String nullsNotDistinct) {
        return """
                SELECT i.indexrelid, i.indrelid, ic.relname, n.nspname, c.relname AS tablename, i.indisunique,
                       am.amname, pg_get_expr(i.indpred, i.indrelid) AS predicate, %s AS nulls_not_distinct
                FROM pg_index i
                JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
                JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid
                                  AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
                  AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
                  AND\s""".formatted(nullsNotDistinct) + CatalogJdbc.userRelation("'r', 'p'")
                + "\nORDER BY i.indrelid, ic.relname COLLATE \"C\"";
    }

    private record Keys(List<IndexKey> keys, List<String> include) {
    }

    private CatalogIndexes() {
    }

    static Map<Long, List<Index>> read(Connection connection, int serverMajorVersion, SourceLocation location)
            throws SQLException {
        Map<Long, Keys> keys = new HashMap<>();
        CatalogJdbc.query(connection, KEYS, rs -> {
            Keys index = keys.computeIfAbsent(rs.getLong("indexrelid"),
                    k -> new Keys(new ArrayList<>(), new ArrayList<>()));
            if (!rs.getBoolean("is_key")) {
                index.include().add(rs.getString("attname"));
            } else if (rs.getBoolean("is_expr")) {
                index.keys().add(new IndexKey(CatalogText.unwrap(rs.getString("keydef")), true,
                        CatalogText.keyOptions(Optional.empty(), optional(rs, "opclass"), rs.getInt("opt"))));
            } else {
                index.keys().add(new IndexKey(rs.getString("attname"), false,
                        CatalogText.keyOptions(optional(rs, "coll"), optional(rs, "opclass"), rs.getInt("opt"))));
            }
        });
        Map<Long, List<Index>> byTable = new LinkedHashMap<>();
        CatalogJdbc.query(connection, indexes(CatalogJdbc.nullsNotDistinct(serverMajorVersion)), rs -> {
            Keys index = keys.getOrDefault(rs.getLong("indexrelid"), new Keys(List.of(), List.of()));
            byTable.computeIfAbsent(rs.getLong("indrelid"), k -> new ArrayList<>()).add(new Index(
                    Optional.of(rs.getString("relname")),
                    QualifiedName.of(rs.getString("nspname"), rs.getString("tablename")),
                    rs.getBoolean("indisunique"),
                    rs.getString("amname"),
                    index.keys(),
                    index.include(),
                    rs.getBoolean("nulls_not_distinct"),
                    optional(rs, "predicate").map(CatalogText::unwrap),
                    false,
                    location));
        });
        return byTable;
    }
}

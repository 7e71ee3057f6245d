package io.dbarch.knowledge.sql;

import static io.dbarch.knowledge.sql.CatalogJdbc.optional;
import static io.dbarch.knowledge.sql.CatalogJdbc.strings;

import io.dbarch.knowledge.schema.PartitionOf;
import io.dbarch.knowledge.schema.Partitioning;
import io.dbarch.knowledge.schema.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the tables (ordinary and partitioned) with what pg_class and pg_inherits say about them. */
final class CatalogTables {

    /** One table before its columns, constraints and indexes are attached. */
    record TableRow(
            long oid, QualifiedName name, Optional<Partitioning> partitioning, Optional<PartitionOf> partitionOf,
            List<QualifiedName> inherits, boolean unlogged, Map<String, String> options, Optional<String> comment) {
    }

    private static final String TABLES = """
            SELECT c.oid, n.nspname, c.relname, c.relpersistence = 'u' AS unlogged, c.reloptions,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partkey,
                   CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS bound,
                   obj_description(c.oid, 'pg_class') AS comment
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relpersistence <> 't' AND\s""" + CatalogJdbc.userRelation("'r', 'p'");

    private static final String PARENTS = """
            SELECT h.inhrelid, c.relispartition, pn.nspname, p.relname
            FROM pg_inherits h
            JOIN pg_class c ON c.oid = h.inhrelid
            JOIN pg_class p ON p.oid = h.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
            WHERE c.relkind IN ('r', 'p')
            ORDER BY h.inhrelid, h.inhseqno""";

    private CatalogTables() {
    }

    static List<TableRow> read(Connection connection) throws SQLException {
        Map<Long, List<QualifiedName>> parents = new HashMap<>();
        Map<Long, Boolean> isPartition = new HashMap<>();
        CatalogJdbc.query(connection, PARENTS, rs -> {
            long child = rs.getLong("inhrelid");
            isPartition.put(child, rs.getBoolean("relispartition"));
            parents.computeIfAbsent(child, k -> new ArrayList<>())
                    .add(QualifiedName.of(rs.getString("nspname"), rs.getString("relname")));
        });
        var rows = new ArrayList<TableRow>();
        CatalogJdbc.query(connection, TABLES, rs -> {
            long oid = rs.getLong("oid");
            List<QualifiedName> parentNames = parents.getOrDefault(oid, List.of());
            boolean partition = isPartition.getOrDefault(oid, false);
            Optional<PartitionOf> partitionOf = partition && !parentNames.isEmpty()
                    ? Optional.of(new PartitionOf(parentNames.get(0), optional(rs, "bound").orElse("")))
                    : Optional.empty();
            rows.add(new TableRow(
                    oid,
                    QualifiedName.of(rs.getString("nspname"), rs.getString("relname")),
                    CatalogText.partitioning(rs.getString("partkey")),
                    partitionOf,
                    partition ? List.of() : parentNames,
                    rs.getBoolean("unlogged"),
                    CatalogText.options(strings(rs, "reloptions")),
                    optional(rs, "comment")));
        });
        return rows;
    }
}

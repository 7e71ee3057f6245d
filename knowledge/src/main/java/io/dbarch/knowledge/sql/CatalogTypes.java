package io.dbarch.knowledge.sql;

import static io.dbarch.knowledge.sql.CatalogJdbc.optional;
import static io.dbarch.knowledge.sql.CatalogJdbc.strings;

import io.dbarch.knowledge.schema.Domain;
import io.dbarch.knowledge.schema.EnumType;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SourceLocation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads user-defined enum types and domains. */
final class CatalogTypes {

    private static final String USER_TYPE = CatalogJdbc.userSchema("n") + " AND "
            + CatalogJdbc.notFromExtension("pg_type", "t.oid");

    private static final String ENUMS = """
            SELECT n.nspname, t.typname,
                   ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
                       AS labels
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND\s""" + USER_TYPE;

    private static final String DOMAINS = """
            SELECT n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod) AS basetype,
                   CASE WHEN b.typcategory = 'A' THEN greatest(t.typndims, 1) ELSE 0 END AS dims,
                   t.typnotnull, pg_get_expr(t.typdefaultbin, 0) AS dflt,
                   ARRAY(SELECT pg_get_expr(k.conbin, 0) FROM pg_constraint k
                         WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname COLLATE "C") AS checks
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_type b ON b.oid = t.typbasetype
            WHERE t.typtype = 'd' AND\s""" + USER_TYPE;

    private CatalogTypes() {
    }

    static List<EnumType> enums(Connection connection, SourceLocation location) throws SQLException {
        var enums = new ArrayList<EnumType>();
        CatalogJdbc.query(connection, ENUMS, rs -> enums.add(new EnumType(
                QualifiedName.of(rs.getString("nspname"), rs.getString("typname")),
                strings(rs, "labels"),
                location)));
        return enums;
    }

    static List<Domain> domains(Connection connection, SourceLocation location) throws SQLException {
        var domains = new ArrayList<Domain>();
        CatalogJdbc.query(connection, DOMAINS, rs -> domains.add(new Domain(
                QualifiedName.of(rs.getString("nspname"), rs.getString("typname")),
                CatalogText.dataType(rs.getString("basetype"), rs.getInt("dims")),
                rs.getBoolean("typnotnull"),
                optional(rs, "dflt").map(CatalogText::unwrap),
                strings(rs, "checks").stream().map(CatalogText::unwrap).toList(),
                location)));
        return domains;
    }
}

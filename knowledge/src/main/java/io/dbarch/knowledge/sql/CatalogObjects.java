package io.dbarch.knowledge.sql;

import static io.dbarch.knowledge.sql.CatalogJdbc.optional;

import io.dbarch.knowledge.schema.ColumnRef;
import io.dbarch.knowledge.schema.Extension;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Schema;
import io.dbarch.knowledge.schema.Sequence;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.View;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads schemas, sequences, views and extensions. */
final class CatalogObjects {

    /** initdb's comment on the public schema; with it, public counts as untouched and is left out. */
    private static final String STOCK_PUBLIC_COMMENT = "standard public schema";

    private static final String SCHEMAS = """
            SELECT n.nspname, n.oid < %d AS builtin, obj_description(n.oid, 'pg_namespace') AS comment
            FROM pg_namespace n
            WHERE\s""".formatted(CatalogJdbc.FIRST_NORMAL_OID) + CatalogJdbc.userSchema("n") + " AND "
            + CatalogJdbc.notFromExtension("pg_namespace", "n.oid");

    private static final String SEQUENCES = """
            SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL) AS type,
                   tn.nspname AS owner_schema, t.relname AS owner_table, a.attname AS owner_column
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_sequence s ON s.seqrelid = c.oid
            LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
                 AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype = 'a'
            LEFT JOIN pg_class t ON t.oid = d.refobjid LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
            LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
            WHERE NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_class'::regclass
                              AND i.objid = c.oid AND i.deptype = 'i')
              AND\s""" + CatalogJdbc.userRelation("'S'");

    private static final String VIEWS = """
            SELECT n.nspname, c.relname, c.relkind = 'm' AS materialized, pg_get_viewdef(c.oid) AS definition,
                   obj_description(c.oid, 'pg_class') AS comment
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE\s""" + CatalogJdbc.userRelation("'v', 'm'");

    private static final String EXTENSIONS = """
            SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE e.oid >= %d""".formatted(CatalogJdbc.FIRST_NORMAL_OID);

    private CatalogObjects() {
    }

    static List<Schema> schemas(Connection connection, SourceLocation location) throws SQLException {
        var schemas = new ArrayList<Schema>();
        CatalogJdbc.query(connection, SCHEMAS, rs -> {
            Optional<String> comment = optional(rs, "comment");
            boolean untouchedBuiltin = rs.getBoolean("builtin")
                    && comment.map(STOCK_PUBLIC_COMMENT::equals).orElse(true);
            if (!untouchedBuiltin) {
                schemas.add(new Schema(rs.getString("nspname"), comment, location));
            }
        });
        return schemas;
    }

    static List<Sequence> sequences(Connection connection, SourceLocation location) throws SQLException {
        var sequences = new ArrayList<Sequence>();
        CatalogJdbc.query(connection, SEQUENCES, rs -> {
            String ownerTable = rs.getString("owner_table");
            Optional<ColumnRef> owner = ownerTable == null ? Optional.empty() : Optional.of(new ColumnRef(
                    QualifiedName.of(rs.getString("owner_schema"), ownerTable), rs.getString("owner_column")));
            sequences.add(new Sequence(QualifiedName.of(rs.getString("nspname"), rs.getString("relname")),
                    CatalogText.dataType(rs.getString("type"), 0), owner, location));
        });
        return sequences;
    }

    static List<View> views(Connection connection, SourceLocation location) throws SQLException {
        var views = new ArrayList<View>();
        CatalogJdbc.query(connection, VIEWS, rs -> views.add(new View(
                QualifiedName.of(rs.getString("nspname"), rs.getString("relname")),
                rs.getBoolean("materialized"),
                definition(rs.getString("definition")),
                optional(rs, "comment"),
                location)));
        return views;
    }

    static List<Extension> extensions(Connection connection, SourceLocation location) throws SQLException {
        var extensions = new ArrayList<Extension>();
        CatalogJdbc.query(connection, EXTENSIONS, rs -> extensions.add(
                new Extension(rs.getString("extname"), optional(rs, "nspname"), location)));
        return extensions;
    }

    private static String definition(String viewdef) {
        String text = viewdef == null ? "" : viewdef.strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
    }
}

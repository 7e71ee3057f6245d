package io.dbarch.knowledge.sql;

import static java.util.Comparator.comparing;
import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.sql.CatalogConstraints.TableConstraints;
import io.dbarch.knowledge.sql.CatalogTables.TableRow;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a live PostgreSQL (12 or later) database into a {@link SchemaModel}, the same records the DDL reader
 * produces, each located at {@link SourceLocation#catalog} with the JDBC URL stripped of credentials.
 *
 * <p>What it leaves out: system schemas, objects belonging to extensions, objects initdb created (plpgsql, an
 * untouched {@code public} schema), NOT NULL constraints (they are column nullability), and what a table only has
 * because of a parent: inherited CHECKs and a partition's clones of its parent's keys and indexes. Columns are
 * all of a table's columns, inherited ones included. Expressions are printed as pg_dump prints them
 * ({@code pg_get_expr} without pretty-printing) under {@code search_path = public}, without wrapping parentheses.
 * Index keys and CHECKs have no source column; {@code concurrently} is always false.
 *
 * <p>Reads in one REPEATABLE READ, READ ONLY transaction when the connection is in autocommit (rolled back
 * after); otherwise within the caller's transaction. Never writes. Stateless and thread-safe.
 */
public final class CatalogReader {

    private static final int OLDEST_SUPPORTED = 12;

    /** Reads the database behind {@code connection}, labelled with its URL (credentials removed). */
    public SchemaModel read(Connection connection) throws SQLException {
        requireNonNull(connection, "connection");
        return read(connection, label(connection.getMetaData().getURL()));
    }

    /**
     * Reads the database behind {@code connection}; {@code label} names it in every location.
     *
     * @throws SQLException when the server is not PostgreSQL 12+ or a catalog query fails
     */
    public SchemaModel read(Connection connection, String label) throws SQLException {
        requireNonNull(connection, "connection");
        requireNonNull(label, "label");
        int major = checkServer(connection.getMetaData());
        boolean autoCommit = connection.getAutoCommit();
        String searchPath = "";
        try (Statement st = connection.createStatement()) {
            if (autoCommit) {
                connection.setAutoCommit(false);
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            } else {
                searchPath = CatalogReader.single(st, "SELECT current_setting('search_path')");
            }
            st.execute("SELECT set_config('search_path', 'public', true)");
            SchemaModel model = readModel(connection, major, SourceLocation.catalog(label));
            if (!autoCommit) {
                try (var ps = connection.prepareStatement("SELECT set_config('search_path', ?, true)")) {
                    ps.setString(1, searchPath);
                    ps.execute();
                }
            }
            return model;
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * The URL without user information and parameters (where passwords live):
     * {@code jdbc:postgresql://u:p@db:5432/app?password=x} becomes {@code jdbc:postgresql://db:5432/app}.
     */
    public static String label(String jdbcUrl) {
        requireNonNull(jdbcUrl, "jdbcUrl");
        String url = jdbcUrl.replaceFirst("[?;#].*$", "");
        return url.replaceFirst("^(jdbc:[a-z0-9]+://)[^/@]*@", "$1");
    }

    private static SchemaModel readModel(Connection connection, int major, SourceLocation location)
            throws SQLException {
        Map<Long, List<Column>> columns = CatalogColumns.read(connection, location);
        Map<Long, TableConstraints> constraints = CatalogConstraints.read(connection, major, location);
        Map<Long, List<Index>> indexes = CatalogIndexes.read(connection, major, location);
        List<Table> tables = CatalogTables.read(connection).stream()
                .map(row -> table(row, columns.getOrDefault(row.oid(), List.of()),
                        constraints.getOrDefault(row.oid(), TableConstraints.empty()),
                        indexes.getOrDefault(row.oid(), List.of()), location))
                .sorted(comparing(Table::name))
                .toList();
        return new SchemaModel(
                Dialect.POSTGRESQL,
                sorted(CatalogObjects.schemas(connection, location), comparing(s -> s.name())),
                tables,
                sorted(CatalogObjects.views(connection, location), comparing(v -> v.name())),
                sorted(CatalogTypes.enums(connection, location), comparing(e -> e.name())),
                sorted(CatalogTypes.domains(connection, location), comparing(d -> d.name())),
                sorted(CatalogObjects.sequences(connection, location), comparing(s -> s.name())),
                sorted(CatalogObjects.extensions(connection, location), comparing(e -> e.name())),
                List.of());
    }

    private static Table table(TableRow row, List<Column> columns, TableConstraints constraints,
                               List<Index> indexes, SourceLocation location) {
        return new Table(row.name(), columns, constraints.primaryKeys().stream().findFirst(),
                constraints.uniques(), constraints.checks(), constraints.foreignKeys(), constraints.exclusions(),
                indexes.stream().sorted(comparing(i -> i.name().orElse(""))).toList(),
                row.partitioning(), row.partitionOf(), row.inherits(), row.unlogged(), row.options(),
                row.comment(), location);
    }

    private static int checkServer(DatabaseMetaData meta) throws SQLException {
        String product = meta.getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            throw new SQLException("reading a live catalog needs PostgreSQL; this server is " + product);
        }
        int major = meta.getDatabaseMajorVersion();
        if (major < OLDEST_SUPPORTED) {
            throw new SQLException("reading a live catalog needs PostgreSQL " + OLDEST_SUPPORTED
                    + " or later; this server is " + meta.getDatabaseProductVersion());
        }
        return major;
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (var rs = st.executeQuery(sql)) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)).orElse("") : "";
        }
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }
}

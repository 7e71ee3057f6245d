package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.IndexKey;
import io.dbarch.knowledge.schema.PartitionOf;
import io.dbarch.knowledge.schema.Partitioning;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.ReferentialAction;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link SchemaModel}s for tests, e.g.
 * {@code schema.table("film").id("film_id").column("language_id", "smallint", true).fk("language_id", "language")}.
 * Table names may be qualified ({@code sales.orders}); unqualified ones go to {@code public}.
 */
final class SchemaFixture {

    private static final SourceLocation HERE = SourceLocation.of("fixture.sql", 1, 1);
    private final List<TableBuilder> tables = new ArrayList<>();

    static SchemaFixture schema() {
        return new SchemaFixture();
    }

    TableBuilder table(String name) {
        return table(qualified(name));
    }

    TableBuilder table(QualifiedName name) {
        var builder = new TableBuilder(name);
        tables.add(builder);
        return builder;
    }

    SchemaModel build() {
        return new SchemaModel(Dialect.POSTGRESQL, List.of(), tables.stream().map(TableBuilder::build).toList(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static QualifiedName qualified(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? QualifiedName.of("public", name) : QualifiedName.of(name.substring(0, dot),
                name.substring(dot + 1));
    }

    static DataType type(String name) {
        return new DataType(name, name, name.replaceAll("\\(.*", ""), List.of(), name.endsWith("[]") ? 1 : 0);
    }

    final class TableBuilder {
        private final QualifiedName name;
        private final List<Column> columns = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private Optional<PrimaryKey> primaryKey = Optional.empty();
        private Optional<String> comment = Optional.empty();
        private Optional<PartitionOf> partitionOf = Optional.empty();
        private Optional<Partitioning> partitioning = Optional.empty();

        private TableBuilder(QualifiedName name) {
            this.name = name;
        }

        /** An integer NOT NULL column that is the primary key. */
        TableBuilder id(String column) {
            return column(column, "integer", true).primaryKey(column);
        }

        TableBuilder column(String column, String type, boolean notNull) {
            columns.add(new Column(column, type(type), !notNull, Optional.empty(), Identity.NONE, false, false,
                    Optional.empty(), Optional.empty(), Optional.empty(), HERE));
            return this;
        }

        TableBuilder primaryKey(String... cols) {
            primaryKey = Optional.of(new PrimaryKey(Optional.empty(), List.of(cols), false, HERE));
            return this;
        }

        TableBuilder unique(String... cols) {
            uniques.add(new UniqueConstraint(Optional.empty(), List.of(cols), false, false, HERE));
            return this;
        }

        TableBuilder uniqueIndex(String... cols) {
            indexes.add(Index.of(Optional.empty(), name, true, "btree",
                    Arrays.stream(cols).map(IndexKey::column).toList(), HERE));
            return this;
        }

        /** A foreign key from {@code column} to the primary key of {@code table}. */
        TableBuilder fk(String column, String table) {
            return fk(List.of(column), table, List.of());
        }

        TableBuilder fk(List<String> cols, String table, List<String> referenced) {
            return fk(cols, qualified(table), referenced);
        }

        TableBuilder fk(List<String> cols, QualifiedName table, List<String> referenced) {
            foreignKeys.add(new ForeignKey(Optional.empty(), cols, table, referenced,
                    ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false, false, HERE));
            return this;
        }

        TableBuilder comment(String text) {
            comment = Optional.of(text);
            return this;
        }

        TableBuilder partitionBy(String strategy, String key) {
            partitioning = Optional.of(new Partitioning(strategy, key));
            return this;
        }

        TableBuilder partitionOf(String parent) {
            partitionOf = Optional.of(new PartitionOf(qualified(parent), "DEFAULT"));
            return this;
        }

        private Table build() {
            return new Table(name, columns, primaryKey, uniques, List.of(), foreignKeys, List.of(), indexes,
                    partitioning, partitionOf, List.of(), false, Map.of(), comment, HERE);
        }
    }
}

package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ExclusionConstraint;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.PartitionOf;
import io.dbarch.knowledge.schema.Partitioning;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A table while statements still change it; {@link #build()} freezes it into a {@link Table}. */
final class TableBuilder {

    QualifiedName name;
    final List<Column> columns = new ArrayList<>();
    Optional<PrimaryKey> primaryKey = Optional.empty();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<ExclusionConstraint> exclusions = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    Optional<Partitioning> partitioning = Optional.empty();
    Optional<PartitionOf> partitionOf = Optional.empty();
    final List<QualifiedName> inherits = new ArrayList<>();
    boolean unlogged;
    final Map<String, String> options = new LinkedHashMap<>();
    Optional<String> comment = Optional.empty();
    final SourceLocation location;

    TableBuilder(QualifiedName name, SourceLocation location) {
        this.name = name;
        this.location = location;
    }

    void add(TableConstraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            primaryKey = Optional.of(pk);
        } else if (constraint instanceof UniqueConstraint u) {
            uniques.add(u);
        } else if (constraint instanceof CheckConstraint c) {
            checks.add(c);
        } else if (constraint instanceof ForeignKey fk) {
            foreignKeys.add(fk);
        } else if (constraint instanceof ExclusionConstraint x) {
            exclusions.add(x);
        }
    }

    int columnIndex(String column) {
        for (int k = 0; k < columns.size(); k++) {
            if (columns.get(k).name().equals(column)) {
                return k;
            }
        }
        for (int k = 0; k < columns.size(); k++) {
            if (columns.get(k).name().equalsIgnoreCase(column)) {
                return k;
            }
        }
        return -1;
    }

    Optional<Column> column(String column) {
        int k = columnIndex(column);
        return k < 0 ? Optional.empty() : Optional.of(columns.get(k));
    }

    void replaceColumn(String column, java.util.function.UnaryOperator<Column> change) {
        int k = columnIndex(column);
        if (k >= 0) {
            columns.set(k, change.apply(columns.get(k)));
        }
    }

    /** Freezes the table; PRIMARY KEY columns are NOT NULL, as the database makes them. */
    Table build(List<Column> inheritedColumns) {
        List<Column> all = new ArrayList<>(inheritedColumns);
        for (Column c : columns) {
            all.removeIf(inherited -> inherited.name().equals(c.name()));
            all.add(c);
        }
        List<String> pkColumns = primaryKey.map(PrimaryKey::columns).orElse(List.of());
        List<Column> frozen = all.stream()
                .map(c -> pkColumns.contains(c.name()) && c.nullable() ? Columns.withNullable(c, false) : c)
                .toList();
        return new Table(name, frozen, primaryKey, uniques, checks, foreignKeys, exclusions, indexes, partitioning,
                partitionOf, inherits, unlogged, options, comment, location);
    }
}

package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A table with its columns, constraints and indexes.
 *
 * @param partitioning set on a partitioned parent ({@code PARTITION BY …})
 * @param partitionOf  set on a partition ({@code PARTITION OF … FOR VALUES …} or {@code ATTACH PARTITION})
 * @param inherits     parents named in {@code INHERITS (…)}
 * @param options      storage parameters ({@code WITH (fillfactor=70)}) and MySQL table options
 *                     ({@code engine}, {@code default charset}, …), keys in lower case
 */
public record Table(
        QualifiedName name,
        List<Column> columns,
        Optional<PrimaryKey> primaryKey,
        List<UniqueConstraint> uniqueConstraints,
        List<CheckConstraint> checks,
        List<ForeignKey> foreignKeys,
        List<ExclusionConstraint> exclusions,
        List<Index> indexes,
        Optional<Partitioning> partitioning,
        Optional<PartitionOf> partitionOf,
        List<QualifiedName> inherits,
        boolean unlogged,
        Map<String, String> options,
        Optional<String> comment,
        SourceLocation location) {

    public Table {
        requireNonNull(name, "name");
        columns = List.copyOf(columns);
        requireNonNull(primaryKey, "primaryKey");
        uniqueConstraints = List.copyOf(uniqueConstraints);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        exclusions = List.copyOf(exclusions);
        indexes = List.copyOf(indexes);
        requireNonNull(partitioning, "partitioning");
        requireNonNull(partitionOf, "partitionOf");
        inherits = List.copyOf(inherits);
        options = Map.copyOf(options);
        requireNonNull(comment, "comment");
        requireNonNull(location, "location");
    }

    /** The column of that name (exact match first, then ignoring case). */
    public Optional<Column> column(String columnName) {
        requireNonNull(columnName, "columnName");
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst()
                .or(() -> columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst());
    }

    public boolean isPartitioned() {
        return partitioning.isPresent();
    }

    public boolean isPartition() {
        return partitionOf.isPresent();
    }

    /** True when {@code columnNames} are exactly the primary key or a unique constraint or unique index (any order). */
    public boolean isUniqueOn(List<String> columnNames) {
        var wanted = new java.util.HashSet<>(columnNames);
        return Stream.concat(
                        Stream.concat(primaryKey.stream().map(PrimaryKey::columns),
                                uniqueConstraints.stream().map(UniqueConstraint::columns)),
                        indexes.stream().filter(i -> i.unique() && !i.isPartial()).map(Index::leadingColumns)
                                .filter(cols -> !cols.isEmpty()))
                .anyMatch(cols -> cols.size() == wanted.size() && wanted.containsAll(cols));
    }
}

package io.dbarch.knowledge.design.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A designed table.
 *
 * @param entity          the entity it stores, or the two entities of a junction table ("task × label")
 * @param uniqueKeys      unique constraints besides the primary key
 * @param partitionKey    the range-partitioning column of a time-partitioned table
 * @param tenantScoped    carries the tenant key (and, in PostgreSQL, a row-level-security policy)
 */
public record TableDesign(
        String name,
        String entity,
        List<ColumnDesign> columns,
        List<String> primaryKey,
        List<List<String>> uniqueKeys,
        List<ForeignKeyDesign> foreignKeys,
        List<IndexDesign> indexes,
        Optional<String> partitionKey,
        boolean tenantScoped,
        boolean auditColumns) {

    public TableDesign {
        requireNonNull(name, "name");
        requireNonNull(entity, "entity");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        requireNonNull(partitionKey, "partitionKey");
    }

    public Optional<ColumnDesign> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    TableDesign withIndexes(List<IndexDesign> newIndexes) {
        return new TableDesign(name, entity, columns, primaryKey, uniqueKeys, foreignKeys, newIndexes, partitionKey,
                tenantScoped, auditColumns);
    }
}

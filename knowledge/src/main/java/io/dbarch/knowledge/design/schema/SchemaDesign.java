package io.dbarch.knowledge.design.schema;

import io.dbarch.knowledge.design.Decision;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A normalised schema designed from the domain model.
 *
 * @param queryIndexes which index serves each main query, by query name
 * @param postgresql   the PostgreSQL 18 script (first Flyway migration)
 * @param mysql        the MySQL 8 script
 */
public record SchemaDesign(
        List<TableDesign> tables,
        List<EnumDesign> enums,
        List<Decision> decisions,
        Map<String, String> queryIndexes,
        String postgresql,
        String mysql) {

    public SchemaDesign {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        decisions = List.copyOf(decisions);
        queryIndexes = Map.copyOf(queryIndexes);
        java.util.Objects.requireNonNull(postgresql, "postgresql");
        java.util.Objects.requireNonNull(mysql, "mysql");
    }

    public Optional<TableDesign> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}

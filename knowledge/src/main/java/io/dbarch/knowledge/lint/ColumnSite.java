package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SourceLocation;
import java.util.Optional;

/**
 * A place where a column gets its type: a column of the schema (schema mode) or a column that a migration
 * creates, adds or retypes (migration mode). Type rules judge these, so a migration is judged on what it changes.
 *
 * @param definition the full column when the site defines one ({@code ALTER … TYPE} gives only the type)
 * @param key        the column is part of the table's primary key or of a foreign key
 */
public record ColumnSite(QualifiedName table, String column, DataType type, Optional<Column> definition,
                         SourceLocation location, boolean key) {

    public ColumnSite {
        requireNonNull(table, "table");
        requireNonNull(column, "column");
        requireNonNull(type, "type");
        requireNonNull(definition, "definition");
        requireNonNull(location, "location");
    }

    /** {@code table.column} as shown in messages. */
    public String object() {
        return table + "." + column;
    }

    public boolean serial() {
        return definition.map(Column::serial).orElse(false)
                || type.raw().toLowerCase(java.util.Locale.ROOT).matches("(big|small)?serial[248]?");
    }
}

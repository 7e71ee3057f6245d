package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

/** A reference to one column of one table. */
public record ColumnRef(QualifiedName table, String column) {

    public ColumnRef {
        requireNonNull(table, "table");
        requireNonNull(column, "column");
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}

package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.QualifiedName;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A table as the earlier migrations left it: its name and its columns by lower-case name. */
public record TableState(QualifiedName name, Map<String, Column> columns) {

    public TableState {
        requireNonNull(name, "name");
        columns = Map.copyOf(columns);
    }

    public Optional<Column> column(String columnName) {
        return Optional.ofNullable(columns.get(columnName.toLowerCase(Locale.ROOT)));
    }
}

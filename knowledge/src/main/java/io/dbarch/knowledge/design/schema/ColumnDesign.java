package io.dbarch.knowledge.design.schema;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A designed column with its type per engine.
 *
 * @param check    a PostgreSQL CHECK expression, e.g. a length limit on a text column
 * @param personal holds personal data (drives grants, erasure and CDC column lists)
 */
public record ColumnDesign(
        String name,
        String postgresType,
        String mysqlType,
        boolean notNull,
        boolean identity,
        Optional<String> postgresDefault,
        Optional<String> mysqlDefault,
        Optional<String> check,
        boolean personal) {

    public ColumnDesign {
        requireNonNull(name, "name");
        requireNonNull(postgresType, "postgresType");
        requireNonNull(mysqlType, "mysqlType");
        requireNonNull(postgresDefault, "postgresDefault");
        requireNonNull(mysqlDefault, "mysqlDefault");
        requireNonNull(check, "check");
    }

    static ColumnDesign plain(String name, String pg, String mysql, boolean notNull) {
        return new ColumnDesign(name, pg, mysql, notNull, false, Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}

package io.dbarch.knowledge.design.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A status type: a PostgreSQL enum type, an inline ENUM in MySQL. */
public record EnumDesign(String name, List<String> values) {

    public EnumDesign {
        requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}

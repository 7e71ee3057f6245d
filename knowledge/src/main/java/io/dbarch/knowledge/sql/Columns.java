package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.Identity;
import java.util.Optional;

/** Copies of a {@link Column} with one property changed. */
final class Columns {

    private Columns() {
    }

    static Column withNullable(Column c, boolean nullable) {
        return new Column(c.name(), c.type(), nullable, c.defaultExpression(), c.identity(), c.serial(),
                c.autoIncrement(), c.generatedExpression(), c.collation(), c.comment(), c.location());
    }

    static Column withName(Column c, String name) {
        return new Column(name, c.type(), c.nullable(), c.defaultExpression(), c.identity(), c.serial(),
                c.autoIncrement(), c.generatedExpression(), c.collation(), c.comment(), c.location());
    }

    static Column withType(Column c, DataType type) {
        return new Column(c.name(), type, c.nullable(), c.defaultExpression(), c.identity(), c.serial(),
                c.autoIncrement(), c.generatedExpression(), c.collation(), c.comment(), c.location());
    }

    static Column withDefault(Column c, Optional<String> defaultExpression, boolean serial) {
        return new Column(c.name(), c.type(), c.nullable(), defaultExpression, c.identity(), serial,
                c.autoIncrement(), c.generatedExpression(), c.collation(), c.comment(), c.location());
    }

    static Column withIdentity(Column c, Identity identity) {
        return new Column(c.name(), c.type(), identity != Identity.NONE ? false : c.nullable(),
                c.defaultExpression(), identity, c.serial(), c.autoIncrement(), c.generatedExpression(),
                c.collation(), c.comment(), c.location());
    }

    static Column withComment(Column c, Optional<String> comment) {
        return new Column(c.name(), c.type(), c.nullable(), c.defaultExpression(), c.identity(), c.serial(),
                c.autoIncrement(), c.generatedExpression(), c.collation(), comment, c.location());
    }
}

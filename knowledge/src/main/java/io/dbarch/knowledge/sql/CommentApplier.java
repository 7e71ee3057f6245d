package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Schema;
import io.dbarch.knowledge.schema.View;

/** Attaches {@code COMMENT ON} text to the table, column, view or schema it names; others are kept as comments. */
final class CommentApplier {

    private final ModelBuilder m;

    CommentApplier(ModelBuilder model) {
        this.m = model;
    }

    void apply(DdlStatement.CommentOn c) {
        switch (c.objectKind()) {
            case "table", "foreign table" -> m.table(c.target()).ifPresent(t -> t.comment = c.text());
            case "column" -> m.table(c.target()).ifPresent(t -> t.replaceColumn(c.column().orElseThrow(),
                    col -> Columns.withComment(col, c.text())));
            case "view", "materialized view" -> {
                QualifiedName name = m.resolve(c.target());
                View v = m.views.get(name);
                if (v != null) {
                    m.views.put(name, new View(name, v.materialized(), v.definition(), c.text(), v.location()));
                }
            }
            case "schema" -> {
                String name = c.target().name();
                Schema old = m.schemas.get(name);
                m.schemas.put(name, new Schema(name, c.text(), old != null ? old.location() : c.location()));
            }
            default -> m.comments.add(ObjectApplier.otherComment(c, c.location()));
        }
    }
}

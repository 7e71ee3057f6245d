package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What differs between two versions of a column. */
record ColumnDelta(
        boolean type, boolean nullability, boolean defaultValue, boolean identity, boolean generated,
        boolean collation, boolean comment, String text) {

    static ColumnDelta of(Column before, Column after) {
        boolean type = !Types.same(before.type(), after.type());
        boolean nullability = before.nullable() != after.nullable();
        boolean generated = !sameExpression(before.generatedExpression(), after.generatedExpression());
        boolean defaultValue = !generated && !sameExpression(before.defaultExpression(), after.defaultExpression());
        boolean identity = before.identity() != after.identity();
        boolean collation = !before.collation().map(String::toLowerCase)
                .equals(after.collation().map(String::toLowerCase));
        boolean comment = !before.comment().equals(after.comment());
        List<String> parts = new ArrayList<>();
        if (type) {
            parts.add("type " + before.type() + " -> " + after.type());
        }
        if (nullability) {
            parts.add(after.nullable() ? "drop not null" : "set not null");
        }
        if (defaultValue) {
            parts.add(after.defaultExpression().map(d -> "default " + d).orElse("drop default"));
        }
        if (identity) {
            parts.add("identity " + before.identity() + " -> " + after.identity());
        }
        if (generated) {
            parts.add(after.generatedExpression().map(g -> "generated as " + g).orElse("not generated"));
        }
        if (collation) {
            parts.add("collation " + after.collation().orElse("default"));
        }
        if (comment) {
            parts.add("comment");
        }
        return new ColumnDelta(type, nullability, defaultValue, identity, generated, collation, comment,
                String.join(", ", parts));
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }

    static boolean sameExpression(Optional<String> a, Optional<String> b) {
        if (a.isPresent() != b.isPresent()) {
            return false;
        }
        return a.isEmpty() || Objects.equals(a.get(), b.get()) || Expressions.same(a.get(), b.get());
    }
}

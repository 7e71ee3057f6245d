package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.IndexKey;
import java.util.stream.Collectors;

/** Naming, describing and writing indexes. */
final class Indexes {

    private Indexes() {
    }

    /** The index's name, or the one PostgreSQL gives an unnamed {@code CREATE INDEX}. */
    static String name(Index index) {
        return index.name().orElseGet(() -> Sql.objectName(index.table().name(), index.keys().stream()
                .map(k -> k.expression() ? "expr" : k.text()).collect(Collectors.joining("_")), "idx"));
    }

    static String describe(Index index) {
        return name(index) + " on " + index.table() + (index.unique() ? " unique" : "") + " ("
                + index.keys().stream().map(IndexKey::text).collect(Collectors.joining(", ")) + ")"
                + (index.nullsNotDistinct() ? " nulls not distinct" : "");
    }

    /**
     * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON table USING method (keys) [INCLUDE …]
     * [NULLS NOT DISTINCT] [WHERE …]}.
     */
    static String create(Index index, String name, boolean concurrently) {
        var sql = new StringBuilder("CREATE ");
        if (index.unique()) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ");
        if (concurrently) {
            sql.append("CONCURRENTLY ");
        }
        sql.append(Sql.ident(name)).append(" ON ").append(Sql.name(index.table()));
        if (!"btree".equalsIgnoreCase(index.method())) {
            sql.append(" USING ").append(index.method());
        }
        sql.append(" (").append(index.keys().stream().map(Indexes::key).collect(Collectors.joining(", ")))
                .append(')');
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(Sql.columns(index.include())).append(')');
        }
        if (index.nullsNotDistinct()) {
            sql.append(" NULLS NOT DISTINCT");
        }
        index.where().ifPresent(w -> sql.append(" WHERE ").append(w));
        return sql.toString();
    }

    static String key(IndexKey key) {
        String text = key.expression() ? "(" + key.text() + ")" : Sql.ident(key.text());
        return key.options().isBlank() ? text : text + " " + key.options();
    }

    /** True when both describe the same index apart from its name. */
    static boolean sameShape(Index a, Index b) {
        return a.unique() == b.unique() && a.nullsNotDistinct() == b.nullsNotDistinct()
                && a.method().equalsIgnoreCase(b.method())
                && a.keys().size() == b.keys().size() && keysMatch(a, b)
                && a.include().equals(b.include())
                && ColumnDelta.sameExpression(a.where(), b.where());
    }

    private static boolean keysMatch(Index a, Index b) {
        for (int i = 0; i < a.keys().size(); i++) {
            IndexKey x = a.keys().get(i);
            IndexKey y = b.keys().get(i);
            boolean sameText = x.expression() == y.expression()
                    && (x.expression() ? Expressions.same(x.text(), y.text()) : x.text().equals(y.text()));
            if (!sameText || !options(x).equals(options(y))) {
                return false;
            }
        }
        return true;
    }

    private static String options(IndexKey key) {
        String text = " " + key.options().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ") + " ";
        text = text.replace(" asc ", " ");
        text = text.contains(" desc ") ? text.replace(" nulls first ", " ") : text.replace(" nulls last ", " ");
        return text.strip();
    }
}

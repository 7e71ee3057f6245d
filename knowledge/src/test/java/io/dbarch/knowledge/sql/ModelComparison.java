package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the model the text reader built with the one read from the catalog after loading the same DDL:
 * tables; columns (name, type, nullability, default presence); primary keys; unique constraints; foreign keys;
 * indexes (with NULLS NOT DISTINCT). Each difference is one line that names the object, e.g.
 * {@code public.film.rating: type text vs mpaa_rating}.
 */
final class ModelComparison {

    private ModelComparison() {
    }

    static List<String> differences(SchemaModel text, SchemaModel catalog) {
        List<String> out = new ArrayList<>();
        Map<String, Table> fromText = byName(text.tables(), t -> t.name().toString());
        Map<String, Table> fromCatalog = byName(catalog.tables(), t -> t.name().toString());
        for (String name : union(fromText.keySet(), fromCatalog.keySet())) {
            Table t = fromText.get(name);
            Table c = fromCatalog.get(name);
            if (t == null) {
                out.add("table " + name + ": only in the catalog");
            } else if (c == null) {
                out.add("table " + name + ": only in the text model");
            } else {
                compareTables(name, t, c, text, out);
            }
        }
        return out;
    }

    private static void compareTables(String name, Table t, Table c, SchemaModel text, List<String> out) {
        Map<String, Column> tc = byName(t.columns(), Column::name);
        Map<String, Column> cc = byName(c.columns(), Column::name);
        for (String col : union(tc.keySet(), cc.keySet())) {
            Column a = tc.get(col);
            Column b = cc.get(col);
            String where = name + "." + col;
            if (a == null || b == null) {
                out.add("column " + where + ": only in the " + (a == null ? "catalog" : "text model"));
                continue;
            }
            same(out, where + ": type", a.type().normalized(), b.type().normalized());
            same(out, where + ": nullable", a.nullable(), b.nullable());
            same(out, where + ": has default", a.hasDefault(), b.hasDefault());
        }
        same(out, name + ": primary key", t.primaryKey().map(pk -> pk.columns()),
                c.primaryKey().map(pk -> pk.columns()));
        same(out, name + ": unique constraints", set(t.uniqueConstraints(), u -> u.columns().toString()),
                set(c.uniqueConstraints(), UniqueConstraint::columns));
        same(out, name + ": foreign keys", set(t.foreignKeys(), fk -> describe(fk, text)),
                set(c.foreignKeys(), fk -> describe(fk, text)));
        same(out, name + ": indexes", set(t.indexes(), ModelComparison::describe),
                set(c.indexes(), ModelComparison::describe));
    }

    private static String describe(ForeignKey fk, SchemaModel text) {
        List<String> target = fk.referencedColumns();
        if (target.isEmpty()) {
            target = text.table(fk.referencedTable()).flatMap(Table::primaryKey).map(pk -> pk.columns())
                    .orElse(List.of("?"));
        }
        return fk.columns() + "->" + fk.referencedTable() + target + " " + fk.onDelete() + "/" + fk.onUpdate();
    }

    private static String describe(Index i) {
        return i.name().orElse("?") + (i.unique() ? " unique" : "") + " " + i.method() + " "
                + i.keys().stream().map(k -> k.expression() ? "(expr)" : k.text()).toList()
                + " include" + i.include() + (i.nullsNotDistinct() ? " nulls not distinct" : "")
                + (i.isPartial() ? " partial" : "");
    }

    private static <T> TreeSet<String> set(List<T> items, Function<T, Object> key) {
        return items.stream().map(key).map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void same(List<String> out, String what, Object text, Object catalog) {
        if (!text.equals(catalog)) {
            out.add(what + ": text " + text + " vs catalog " + catalog);
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new TreeMap<>();
        items.forEach(i -> map.putIfAbsent(name.apply(i), i));
        return map;
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    static Optional<String> firstDifference(SchemaModel text, SchemaModel catalog) {
        return differences(text, catalog).stream().findFirst();
    }
}

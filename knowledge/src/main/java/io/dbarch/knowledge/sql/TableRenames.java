package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.ExclusionConstraint;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.IndexKey;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/** Renames inside a table: a column (and every constraint and index that names it), or a constraint. */
final class TableRenames {

    private TableRenames() {
    }

    static void renameColumn(TableBuilder t, String from, String to) {
        t.replaceColumn(from, c -> Columns.withName(c, to));
        t.primaryKey = t.primaryKey.map(pk -> new PrimaryKey(pk.name(), swap(pk.columns(), from, to),
                pk.deferrable(), pk.location()));
        t.uniques.replaceAll(u -> new UniqueConstraint(u.name(), swap(u.columns(), from, to), u.nullsNotDistinct(),
                u.deferrable(), u.location()));
        t.foreignKeys.replaceAll(fk -> new ForeignKey(fk.name(), swap(fk.columns(), from, to), fk.referencedTable(),
                fk.referencedColumns(), fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred(),
                fk.notValid(), fk.location()));
        t.checks.replaceAll(c -> new CheckConstraint(c.name(), c.expression(), c.column().map(col ->
                col.equals(from) ? to : col), c.notValid(), c.location()));
        t.indexes.replaceAll(i -> i.withKeys(i.keys().stream()
                .map(k -> !k.expression() && k.text().equals(from) ? new IndexKey(to, false, k.options()) : k)
                .toList(), swap(i.include(), from, to), i.where()));
    }

    static void renameConstraint(TableBuilder t, String from, String to) {
        String table = t.name.name();
        Optional<String> name = Optional.of(to);
        t.primaryKey = t.primaryKey.map(pk -> ConstraintNames.matches(pk, table, from)
                ? new PrimaryKey(name, pk.columns(), pk.deferrable(), pk.location()) : pk);
        t.uniques.replaceAll(u -> ConstraintNames.matches(u, table, from)
                ? new UniqueConstraint(name, u.columns(), u.nullsNotDistinct(), u.deferrable(), u.location()) : u);
        t.foreignKeys.replaceAll(fk -> ConstraintNames.matches(fk, table, from)
                ? new ForeignKey(name, fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(),
                fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred(), fk.notValid(), fk.location()) : fk);
        t.checks.replaceAll(c -> ConstraintNames.matches(c, table, from)
                ? new CheckConstraint(name, c.expression(), c.column(), c.notValid(), c.location()) : c);
        t.exclusions.replaceAll(x -> ConstraintNames.matches(x, table, from)
                ? new ExclusionConstraint(name, x.definition(), x.location()) : x);
    }

    static List<String> swap(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }
}

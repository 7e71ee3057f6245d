package io.dbarch.agent.tools;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.IndexKey;
import io.dbarch.knowledge.schema.ReferentialAction;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.List;
import java.util.stream.Collectors;

/** A bounded text description of one table for the model. */
final class TableDescriber {

    static final int MAX_COLUMNS = 60;
    static final int MAX_LINKS = 20;

    private TableDescriber() {
    }

    static String describe(SchemaModel model, Table t) {
        var out = new StringBuilder();
        out.append("Table ").append(t.name()).append(" (").append(t.location()).append("), ")
                .append(t.columns().size()).append(" columns:\n");
        t.columns().stream().limit(MAX_COLUMNS).forEach(c -> out.append("- ").append(column(c)).append('\n'));
        if (t.columns().size() > MAX_COLUMNS) {
            out.append("- … and ").append(t.columns().size() - MAX_COLUMNS).append(" more columns\n");
        }
        out.append("Primary key: ").append(t.primaryKey().map(pk -> String.join(", ", pk.columns())).orElse("none"))
                .append('\n');
        t.uniqueConstraints().forEach(u -> out.append("Unique: (").append(String.join(", ", u.columns()))
                .append(")\n"));
        List<ForeignKey> out1 = t.foreignKeys();
        out.append("References (").append(out1.size()).append("): ").append(out1.isEmpty() ? "none"
                : out1.stream().limit(MAX_LINKS).map(fk -> "(" + String.join(", ", fk.columns()) + ") → "
                        + fk.referencedTable() + "(" + String.join(", ", fk.referencedColumns()) + ")"
                        + (fk.onDelete() == ReferentialAction.NO_ACTION ? "" : " on delete " + fk.onDelete().sql()))
                        .collect(Collectors.joining("; "))).append('\n');
        List<String> incoming = model.tables().stream().flatMap(o -> o.foreignKeys().stream()
                .filter(fk -> model.table(fk.referencedTable()).filter(r -> r.name().equals(t.name())).isPresent())
                .map(fk -> o.name() + "(" + String.join(", ", fk.columns()) + ")")).toList();
        out.append("Referenced by (").append(incoming.size()).append("): ").append(incoming.isEmpty() ? "none"
                : String.join(", ", incoming.stream().limit(MAX_LINKS).toList())
                        + (incoming.size() > MAX_LINKS ? ", …" : "")).append('\n');
        List<Index> indexes = model.indexes().filter(i -> model.table(i.table())
                .filter(r -> r.name().equals(t.name())).isPresent()).toList();
        out.append("Indexes (").append(indexes.size()).append("): ").append(indexes.isEmpty() ? "none"
                : indexes.stream().limit(MAX_LINKS).map(TableDescriber::index).collect(Collectors.joining("; ")))
                .append('\n');
        t.partitioning().ifPresent(p -> out.append("Partitioned by ").append(p.strategy()).append(" (")
                .append(p.key()).append(")\n"));
        t.comment().ifPresent(c -> out.append("Comment (data): ").append(clip(c)).append('\n'));
        return out.toString().stripTrailing();
    }

    private static String column(Column c) {
        return c.name() + " " + c.type().normalized() + (c.nullable() ? "" : " not null")
                + c.defaultExpression().map(d -> " default " + clip(d)).orElse("")
                + (c.identity() == Identity.NONE ? "" : " identity")
                + (c.serial() ? " (serial)" : "");
    }

    private static String index(Index i) {
        return i.name().orElse("(unnamed)") + (i.unique() ? " unique" : "") + " " + i.method() + " ("
                + i.keys().stream().map(IndexKey::text).collect(Collectors.joining(", ")) + ")"
                + i.where().map(w -> " where " + clip(w)).orElse("");
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 120 ? one : one.substring(0, 120) + "…";
    }
}

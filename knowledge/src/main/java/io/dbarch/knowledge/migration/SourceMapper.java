package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ExclusionConstraint;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.IndexKey;
import io.dbarch.knowledge.schema.PartitionOf;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a source table in the target's names: the table's own name, renamed columns in column lists and
 * expressions, renamed referenced tables and parents. What is compared after that is plain equality.
 */
final class SourceMapper {

    private final Renames renames;
    private final String defaultSchema;

    SourceMapper(Renames renames, String defaultSchema) {
        this.renames = renames;
        this.defaultSchema = defaultSchema;
    }

    QualifiedName table(QualifiedName source) {
        return renames.table(source.inSchema(defaultSchema));
    }

    /** The target name of a source sequence. */
    QualifiedName sequence(QualifiedName source) {
        return renames.sequence(source.inSchema(defaultSchema));
    }

    /** The target name of a column of the target table {@code table}. */
    String column(QualifiedName table, String column) {
        return renames.column(table, column);
    }

    Table map(Table t) {
        QualifiedName name = table(t.name());
        Map<String, String> cols = renames.columns().getOrDefault(name, Map.of());
        if (cols.isEmpty() && name.equals(t.name().inSchema(defaultSchema)) && noRenamedReferences(t)
                && renames.sequences().isEmpty()) {
            return t;
        }
        List<Column> columns = t.columns().stream().map(c -> new Column(col(cols, c.name()), c.type(),
                c.nullable(), c.defaultExpression().map(e -> sequences(expr(cols, e))), c.identity(), c.serial(),
                c.autoIncrement(), c.generatedExpression().map(e -> expr(cols, e)), c.collation(), c.comment(),
                c.location())).toList();
        return new Table(name, columns,
                t.primaryKey().map(pk -> new PrimaryKey(pk.name(), cols(cols, pk.columns()), pk.deferrable(),
                        pk.location())),
                t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), cols(cols, u.columns()),
                        u.nullsNotDistinct(), u.deferrable(), u.location())).toList(),
                t.checks().stream().map(c -> new CheckConstraint(c.name(), expr(cols, c.expression()),
                        c.column().map(x -> col(cols, x)), c.notValid(), c.location())).toList(),
                t.foreignKeys().stream().map(fk -> foreignKey(fk, cols)).toList(),
                t.exclusions().stream().map(x -> new ExclusionConstraint(x.name(), expr(cols, x.definition()),
                        x.location())).toList(),
                t.indexes().stream().map(i -> index(i, name, cols)).toList(),
                t.partitioning().map(p -> new io.dbarch.knowledge.schema.Partitioning(p.strategy(),
                        expr(cols, p.key()))),
                t.partitionOf().map(p -> new PartitionOf(table(p.parent()), p.bound())),
                t.inherits().stream().map(this::table).toList(),
                t.unlogged(), t.options(), t.comment(), t.location());
    }

    private boolean noRenamedReferences(Table t) {
        return t.foreignKeys().stream().noneMatch(fk -> renames.renamedTable(fk.referencedTable()
                .inSchema(defaultSchema)) || !renames.columns().getOrDefault(table(fk.referencedTable()),
                Map.of()).isEmpty())
                && t.partitionOf().stream().noneMatch(p -> renames.renamedTable(p.parent().inSchema(defaultSchema)))
                && t.inherits().stream().noneMatch(p -> renames.renamedTable(p.inSchema(defaultSchema)));
    }

    private ForeignKey foreignKey(ForeignKey fk, Map<String, String> cols) {
        QualifiedName target = table(fk.referencedTable());
        Map<String, String> refCols = renames.columns().getOrDefault(target, Map.of());
        return new ForeignKey(fk.name(), cols(cols, fk.columns()), target, cols(refCols, fk.referencedColumns()),
                fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred(), fk.notValid(),
                fk.location());
    }

    private Index index(Index i, QualifiedName table, Map<String, String> cols) {
        List<IndexKey> keys = i.keys().stream().map(k -> k.expression()
                ? new IndexKey(expr(cols, k.text()), true, k.options())
                : new IndexKey(col(cols, k.text()), false, k.options())).toList();
        return i.withTable(table).withKeys(keys, cols(cols, i.include()), i.where().map(w -> expr(cols, w)));
    }

    /** A default's {@code nextval('old_seq'::regclass)} with the sequence's new name. */
    private String sequences(String expression) {
        String text = expression;
        for (Map.Entry<QualifiedName, QualifiedName> e : renames.sequences().entrySet()) {
            text = text.replace("'" + e.getKey().name() + "'", "'" + e.getValue().name() + "'")
                    .replace("'" + e.getKey() + "'", "'" + e.getValue() + "'");
        }
        return text;
    }

    private static String col(Map<String, String> cols, String name) {
        return cols.getOrDefault(name, name);
    }

    private static List<String> cols(Map<String, String> cols, List<String> names) {
        return names.stream().map(n -> col(cols, n)).toList();
    }

    private static String expr(Map<String, String> cols, String expression) {
        String text = expression;
        for (Map.Entry<String, String> e : cols.entrySet()) {
            text = Identifiers.replaceIdentifier(text, e.getKey(), e.getValue());
        }
        return text;
    }
}

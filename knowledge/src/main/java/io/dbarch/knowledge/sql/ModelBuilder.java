package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ColumnRef;
import io.dbarch.knowledge.schema.Comment;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.Domain;
import io.dbarch.knowledge.schema.EnumType;
import io.dbarch.knowledge.schema.Extension;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Schema;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Sequence;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.schema.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accumulates statements into a model: later statements change what earlier ones created. Not thread-safe. */
final class ModelBuilder {

    final Dialect dialect;
    private String currentSchema;
    private final Map<QualifiedName, TableBuilder> tables = new LinkedHashMap<>();
    final Map<QualifiedName, View> views = new LinkedHashMap<>();
    final Map<QualifiedName, EnumType> enums = new LinkedHashMap<>();
    final Map<QualifiedName, Domain> domains = new LinkedHashMap<>();
    final Map<QualifiedName, Sequence> sequences = new LinkedHashMap<>();
    final Map<String, Extension> extensions = new LinkedHashMap<>();
    final Map<String, Schema> schemas = new LinkedHashMap<>();
    final List<Comment> comments = new ArrayList<>();
    private final AlterTableApplier alterTable = new AlterTableApplier(this);
    private final ObjectApplier objects = new ObjectApplier(this);

    ModelBuilder(Dialect dialect) {
        this.dialect = dialect;
        this.currentSchema = dialect.defaultSchema();
    }

    void searchPath(String schema) {
        this.currentSchema = schema.isEmpty() ? dialect.defaultSchema() : schema;
    }

    /** Runs {@code work} with unqualified names landing in {@code schema} (CREATE SCHEMA elements). */
    void inSchema(String schema, Runnable work) {
        String saved = currentSchema;
        currentSchema = schema;
        try {
            work.run();
        } finally {
            currentSchema = saved;
        }
    }

    QualifiedName resolve(QualifiedName name) {
        return name.inSchema(currentSchema);
    }

    TableConstraint resolve(TableConstraint constraint) {
        if (constraint instanceof ForeignKey fk) {
            return new ForeignKey(fk.name(), fk.columns(), resolve(fk.referencedTable()), fk.referencedColumns(),
                    fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred(), fk.notValid(),
                    fk.location());
        }
        return constraint;
    }

    Optional<TableBuilder> table(QualifiedName name) {
        return Optional.ofNullable(tables.get(resolve(name)));
    }

    void apply(DdlStatement statement) {
        if (statement instanceof DdlStatement.CreateTable c) {
            createTable(c);
        } else if (statement instanceof DdlStatement.AlterTable a) {
            table(a.table()).ifPresent(t -> a.actions().forEach(action -> alterTable.apply(t, action)));
        } else {
            objects.apply(statement);
        }
    }

    private void createTable(DdlStatement.CreateTable c) {
        QualifiedName name = resolve(c.name());
        if (c.ifNotExists() && tables.containsKey(name)) {
            return;
        }
        TableBuilder t = new TableBuilder(name, c.location());
        for (QualifiedName source : c.like()) {
            table(source).ifPresent(s -> t.columns.addAll(s.columns));
        }
        t.columns.addAll(c.columns());
        c.constraints().forEach(constraint -> t.add(resolve(constraint)));
        c.indexes().forEach(i -> t.indexes.add(i.withTable(name)));
        t.partitioning = c.partitioning();
        t.partitionOf = c.partitionOf().map(p -> new io.dbarch.knowledge.schema.PartitionOf(resolve(p.parent()),
                p.bound()));
        c.inherits().forEach(p -> t.inherits.add(resolve(p)));
        t.unlogged = c.unlogged();
        t.options.putAll(c.options());
        t.comment = Optional.ofNullable(c.options().get("comment"));
        tables.put(name, t);
        for (Column column : c.columns()) {
            if (column.serial()) {
                objects.serialSequence(name, column);
            }
        }
    }

    void renameTable(TableBuilder t, QualifiedName to) {
        tables.remove(t.name);
        t.name = resolve(to);
        tables.put(t.name, t);
    }

    void dropTable(QualifiedName name) {
        tables.remove(resolve(name));
    }

    Iterable<TableBuilder> tableBuilders() {
        return tables.values();
    }

    SchemaModel build() {
        List<Table> built = new ArrayList<>();
        for (TableBuilder t : tables.values()) {
            built.add(t.build(inheritedColumns(t, 0)));
        }
        List<Table> withSerials = SerialColumns.mark(built, sequences.values());
        return new SchemaModel(dialect, List.copyOf(schemas.values()), withSerials, List.copyOf(views.values()),
                List.copyOf(enums.values()), List.copyOf(domains.values()), List.copyOf(sequences.values()),
                List.copyOf(extensions.values()), comments);
    }

    /** Columns a partition or an INHERITS child takes from its parents (depth-bounded against cycles). */
    private List<Column> inheritedColumns(TableBuilder t, int depth) {
        List<Column> inherited = new ArrayList<>();
        if (depth > 32) {
            return inherited;
        }
        List<QualifiedName> parents = new ArrayList<>(t.inherits);
        t.partitionOf.ifPresent(p -> parents.add(p.parent()));
        for (QualifiedName parentName : parents) {
            TableBuilder parent = tables.get(parentName);
            if (parent != null) {
                for (Column c : inheritedColumns(parent, depth + 1)) {
                    inherited.removeIf(x -> x.name().equals(c.name()));
                    inherited.add(c);
                }
                for (Column c : parent.columns) {
                    inherited.removeIf(x -> x.name().equals(c.name()));
                    inherited.add(c);
                }
            }
        }
        return inherited;
    }

    ColumnRef resolve(ColumnRef ref) {
        return new ColumnRef(resolve(ref.table()), ref.column());
    }
}

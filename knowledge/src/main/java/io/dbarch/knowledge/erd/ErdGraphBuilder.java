package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Derives the {@link ErdGraph} of a schema: folds partitions, resolves foreign keys, derives cardinalities. */
final class ErdGraphBuilder {

    private static final int MAX_PARTITION_LEVELS = 32;

    private final SchemaModel model;
    private final Map<QualifiedName, Table> byName = new HashMap<>();

    private ErdGraphBuilder(SchemaModel model) {
        this.model = model;
        model.tables().forEach(t -> byName.putIfAbsent(key(t.name()), t));
    }

    static ErdGraph build(SchemaModel model) {
        return new ErdGraphBuilder(model).build();
    }

    private ErdGraph build() {
        var kept = new ArrayList<Table>();
        var partitionCounts = new HashMap<QualifiedName, Integer>();
        for (Table t : model.tables()) {
            Table root = root(t);
            if (root == t) {
                kept.add(t);
            } else {
                partitionCounts.merge(root.name(), 1, Integer::sum);
            }
        }
        var relationships = new LinkedHashMap<List<Object>, Relationship>();
        int unresolved = 0;
        for (Table t : model.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                Optional<Table> parent = lookup(fk.referencedTable()).map(this::root);
                if (parent.isEmpty()) {
                    unresolved++;
                    continue;
                }
                Relationship r = relationship(t, root(t), fk, parent.get());
                relationships.putIfAbsent(List.of(r.child(), r.childColumns(), r.parent(), r.parentColumns()), r);
            }
        }
        return new ErdGraph(kept, partitionCounts, labelled(List.copyOf(relationships.values())), unresolved);
    }

    private Relationship relationship(Table declaring, Table child, ForeignKey fk, Table parent) {
        List<String> parentColumns = fk.referencedColumns().isEmpty()
                ? parent.primaryKey().map(PrimaryKey::columns).orElse(List.of())
                : fk.referencedColumns();
        boolean optional = fk.columns().stream().anyMatch(c -> nullable(declaring, c));
        boolean oneToOne = declaring.isUniqueOn(fk.columns()) || child.isUniqueOn(fk.columns());
        return new Relationship(child.name(), fk.columns(), parent.name(), parentColumns, optional, oneToOne,
                Optional.empty());
    }

    /** Labels the lines that would be ambiguous: self-references and several keys between the same two tables. */
    private static List<Relationship> labelled(List<Relationship> relationships) {
        var perPair = new HashMap<List<QualifiedName>, Integer>();
        relationships.forEach(r -> perPair.merge(pair(r), 1, Integer::sum));
        return relationships.stream()
                .map(r -> r.selfReference() || perPair.get(pair(r)) > 1
                        ? r.withLabel(Optional.of(String.join(", ", r.childColumns())))
                        : r)
                .toList();
    }

    private static List<QualifiedName> pair(Relationship r) {
        return r.child().compareTo(r.parent()) <= 0 ? List.of(r.child(), r.parent()) : List.of(r.parent(), r.child());
    }

    static boolean nullable(Table table, String columnName) {
        boolean inPrimaryKey = table.primaryKey().map(pk -> pk.columns().contains(columnName)).orElse(false);
        return !inPrimaryKey && table.column(columnName).map(Column::nullable).orElse(false);
    }

    /** The partitioned table at the top of {@code table}'s partition chain, or the table itself. */
    private Table root(Table table) {
        Table current = table;
        var seen = new HashSet<QualifiedName>();
        for (int level = 0; level < MAX_PARTITION_LEVELS && current.partitionOf().isPresent(); level++) {
            if (!seen.add(current.name())) {
                return table;
            }
            Optional<Table> parent = lookup(current.partitionOf().get().parent());
            if (parent.isEmpty()) {
                break;
            }
            current = parent.get();
        }
        return current;
    }

    private Optional<Table> lookup(QualifiedName name) {
        return Optional.ofNullable(byName.get(key(name))).or(() -> model.table(name.toString()));
    }

    private QualifiedName key(QualifiedName name) {
        return name.inSchema(model.dialect().defaultSchema());
    }
}

package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inserts a few sample rows into every table, referenced tables first: values valid for each column's type, the
 * literals its CHECKs allow, foreign keys pointing at rows of the referenced table, partition keys inside the
 * partition's bound. A row PostgreSQL rejects is reported, not fatal.
 */
final class SampleData {

    record Result(long rows, List<String> notes) {
    }

    private final SchemaModel model;
    private final SampleValues values;
    private final int rowsPerTable;
    private final SampleTarget target;

    /**
     * @param model  the schema the rows go into
     * @param target what the rows must also fit after migrating (checks and foreign keys the plan adds)
     */
    SampleData(SchemaModel model, SampleTarget target, int rowsPerTable) {
        this.model = model;
        this.values = new SampleValues(model);
        this.rowsPerTable = rowsPerTable;
        this.target = target;
    }

    Result insert(ThrowawayDatabase db) {
        Map<QualifiedName, Integer> order = TableOrder.of(model);
        String schema = model.dialect().defaultSchema();
        List<Table> tables = model.tables().stream()
                .sorted(Comparator.comparingInt(t -> order.getOrDefault(t.name().inSchema(schema), 0))).toList();
        List<String> statements = new ArrayList<>();
        List<Table> owners = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Table t : tables) {
            Optional<Map<String, String>> keys = PartitionKeys.of(model, t);
            if (keys.isEmpty()) {
                continue;
            }
            int rows = singleRow(t) || target.singleRow(t) ? 1 : rowsPerTable;
            for (int i = 1; i <= rows; i++) {
                statements.add(row(t, i, keys.get()));
                owners.add(t);
            }
        }
        return SampleRun.run(db, statements, owners.stream().map(t -> t.name().toString()).toList(), notes);
    }

    private String row(Table t, int i, Map<String, String> partitionKeys) {
        List<String> names = new ArrayList<>();
        List<String> exprs = new ArrayList<>();
        for (int p = 0; p < t.columns().size(); p++) {
            Column c = t.columns().get(p);
            int position = p;
            if (c.generatedExpression().isPresent() || c.identity() == Identity.ALWAYS
                    || (c.serial() || c.identity() == Identity.BY_DEFAULT) && !partitionKeys.containsKey(c.name())) {
                continue;
            }
            Optional<String> value = partitionKeys.containsKey(c.name())
                    ? Optional.of("(" + partitionKeys.get(c.name()) + ")::" + c.type().normalized())
                    : reference(t, c, i).or(() -> target.reference(t, c, i)).or(() -> values.value(c, i, position,
                    literals(t, c, i)));
            if (value.isEmpty() && (c.nullable() || c.hasDefault())) {
                continue;
            }
            names.add(Sql.ident(c.name()));
            exprs.add(value.orElse("NULL"));
        }
        String table = Sql.name(t.name());
        return names.isEmpty() ? "INSERT INTO " + table + " DEFAULT VALUES"
                : "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", exprs)
                + ")";
    }

    /** A unique index on an expression of no column (e.g. {@code ((true))}) allows one row in all. */
    static boolean singleRow(Table t) {
        return t.indexes().stream().anyMatch(i -> i.unique() && i.where().isEmpty() && i.keys().stream()
                .allMatch(k -> k.expression() && t.columns().stream().noneMatch(c -> Identifiers.mentions(k.text(),
                        c.name()))));
    }

    private List<String> literals(Table t, Column c, int i) {
        List<String> wanted = target.literals(t, c, i);
        return wanted.isEmpty() ? CheckLiterals.of(t, c, i) : wanted;
    }

    /** A value that points at a row of the referenced table, when the column is in a foreign key. */
    Optional<String> reference(Table t, Column c, int i) {
        for (ForeignKey fk : t.foreignKeys()) {
            int index = fk.columns().indexOf(c.name());
            if (index < 0) {
                continue;
            }
            Optional<Table> parent = model.table(fk.referencedTable());
            List<String> refs = fk.referencedColumns().isEmpty()
                    ? parent.flatMap(Table::primaryKey).map(pk -> pk.columns()).orElse(List.of())
                    : fk.referencedColumns();
            if (refs.size() <= index) {
                return Optional.empty();
            }
            boolean self = parent.map(p -> p.name().equals(t.name())).orElse(false);
            return Optional.of("(SELECT " + Sql.ident(refs.get(index)) + " FROM " + Sql.name(fk.referencedTable())
                    + " ORDER BY " + Sql.columns(refs) + " OFFSET " + (self ? 0 : i - 1) + " LIMIT 1)");
        }
        return Optional.empty();
    }
}

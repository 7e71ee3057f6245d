package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.RowCensus.Counts;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares row counts and column fingerprints before and after a migration for every table and column the plan
 * keeps (renames followed); a column whose type changes, or that becomes computed, is compared by its count only.
 */
final class DataSurvival {

    private DataSurvival() {
    }

    /** Relabelled enum values change a column's text on purpose. */
    private static boolean enumChanges(MigrationPlan plan, Column c) {
        String key = Types.key(c.type()).replace("[]", "");
        return plan.from().enums().stream().filter(e -> Types.key(e.name()).equals(key)).anyMatch(before ->
                plan.to().enums().stream().filter(e -> Types.key(e.name()).equals(key))
                        .noneMatch(after -> after.labels().equals(before.labels())));
    }

    /**
     * A column that becomes generated, or whose generated expression changes, holds computed values afterwards on
     * purpose (the plan declares the replaced values as lost).
     */
    private static boolean becomesComputed(Column before, Column after) {
        return after.generatedExpression().isPresent()
                && !after.generatedExpression().equals(before.generatedExpression());
    }

    static List<String> losses(MigrationPlan plan, SchemaModel source, Map<QualifiedName, Counts> before,
                               SchemaModel target, Map<QualifiedName, Counts> after) {
        Renames renames = Renames.of(plan);
        String schema = source.dialect().defaultSchema();
        SourceMapper mapper = new SourceMapper(renames, schema);
        List<String> out = new ArrayList<>();
        for (Table t : source.tables()) {
            Counts was = before.get(t.name().inSchema(schema));
            QualifiedName name = mapper.table(t.name());
            Counts now = after.get(name);
            Optional<Table> kept = target.table(name);
            if (was == null || now == null || kept.isEmpty() || was.rows() == 0) {
                continue;
            }
            if (was.rows() != now.rows()) {
                out.add("table " + name + ": " + was.rows() + " rows before, " + now.rows() + " after");
                continue;
            }
            for (Column c : t.columns()) {
                String column = mapper.column(name, c.name());
                Optional<Column> newColumn = kept.get().columns().stream().filter(x -> x.name().equals(column))
                        .findFirst();
                if (newColumn.isEmpty() || !Types.same(c.type(), newColumn.get().type())
                        || enumChanges(plan, c) || becomesComputed(c, newColumn.get())) {
                    continue;
                }
                String print = was.columns().get(c.name());
                if (print != null && !print.equals(now.columns().get(column))) {
                    out.add("column " + name + "." + column + ": its values changed");
                }
            }
        }
        return out;
    }
}

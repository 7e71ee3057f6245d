package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.IndexKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Queries to run on the live database before a plan, one per constraint the plan adds to rows that already exist:
 * duplicates for a new primary key or unique key (or one made NULLS NOT DISTINCT), orphans for a new foreign key,
 * NULLs for a new NOT NULL, and violating rows for a new check. Each must return no row; a row it returns would make
 * the plan fail half-way (a validation or a unique index build), so fix the data first. Written in the source
 * schema's names, since they run before the first script. Constraints on new tables or new columns are left out
 * (their rows come from the plan).
 */
final class DataPreChecks {

    /** Rows shown per query: enough to see the problem, bounded on a large table. */
    static final int SAMPLE_ROWS = 10;

    /**
     * One pre-check.
     *
     * @param what what the new constraint needs, e.g. {@code no duplicate (email) in public.accounts}
     * @param sql  a query that returns the offending rows (at most {@link #SAMPLE_ROWS}); none when the data is ready
     */
    record PreCheck(String what, String sql) {
    }

    /**
     * A unique key; {@code nullsNotDistinct} when rows with NULLs conflict too (as the duplicates query's GROUP BY
     * counts them), so turning it on needs the check a new key needs. A primary key has no NULLs to count.
     */
    private record UniqueKey(List<String> columns, boolean nullsNotDistinct) {
    }

    private DataPreChecks() {
    }

    static List<PreCheck> of(MigrationPlan plan) {
        if (plan.dialect() != Dialect.POSTGRESQL) {
            return List.of();
        }
        String schema = plan.from().dialect().defaultSchema();
        SourceMapper mapper = new SourceMapper(Renames.of(plan), schema);
        Map<QualifiedName, QualifiedName> sourceTables = new HashMap<>();
        plan.from().tables().forEach(t -> sourceTables.put(mapper.table(t.name()), t.name()));
        List<PreCheck> out = new ArrayList<>();
        for (Table source : plan.from().tables()) {
            QualifiedName targetName = mapper.table(source.name());
            Optional<Table> target = plan.to().table(targetName);
            if (target.isEmpty() || source.partitionOf().isPresent()) {
                continue;
            }
            Table before = mapper.map(source);
            Map<String, String> sourceColumns = new HashMap<>();
            source.columns().forEach(c -> sourceColumns.put(mapper.column(targetName, c.name()), c.name()));
            new TableChecks(source.name(), schema, before, target.get(), sourceColumns, sourceTables).collect(out);
        }
        return out;
    }

    /** The pre-checks of one table kept by the plan, target names translated back to the source's. */
    private record TableChecks(QualifiedName sourceName, String schema, Table before, Table after, Map<String, String> columns,
                               Map<QualifiedName, QualifiedName> tables) {

        void collect(List<PreCheck> out) {
            Set<UniqueKey> keys = keys(before);
            for (UniqueKey key : keys(after)) {
                if (!keys.contains(key) && !keys.contains(new UniqueKey(key.columns(), true))) {
                    source(key.columns()).ifPresent(cols -> out.add(duplicates(cols, key.nullsNotDistinct())));
                }
            }
            for (ForeignKey fk : after.foreignKeys()) {
                boolean existed = before.foreignKeys().stream().anyMatch(b -> b.columns().equals(fk.columns())
                        && b.referencedTable().name().equals(fk.referencedTable().name())
                        && b.referencedColumns().equals(fk.referencedColumns()));
                if (!existed && !fk.notValid()) {
                    orphans(fk).ifPresent(out::add);
                }
            }
            for (Column c : after.columns()) {
                boolean wasNullable = before.column(c.name()).map(Column::nullable).orElse(false);
                if (!c.nullable() && wasNullable && columns.containsKey(c.name())) {
                    out.add(new PreCheck("no NULL in " + sourceName + "." + columns.get(c.name()), "SELECT * FROM "
                            + Sql.name(sourceName) + " WHERE " + Sql.ident(columns.get(c.name())) + " IS NULL LIMIT "
                            + SAMPLE_ROWS + ";"));
                }
            }
            for (CheckConstraint check : after.checks()) {
                boolean existed = before.checks().stream().anyMatch(b -> Expressions.same(b.expression(),
                        check.expression()));
                if (!existed && !check.notValid() && readsOnlyUnrenamedColumns(check.expression())) {
                    out.add(new PreCheck("every row of " + sourceName + " passes CHECK (" + check.expression() + ")",
                            "SELECT * FROM " + Sql.name(sourceName) + " WHERE NOT (" + check.expression()
                                    + ") LIMIT " + SAMPLE_ROWS + ";"));
                }
            }
        }

        /** Column lists a primary key, unique constraint or plain unique index makes unique. */
        private static Set<UniqueKey> keys(Table t) {
            Set<UniqueKey> keys = new LinkedHashSet<>();
            t.primaryKey().ifPresent(pk -> keys.add(new UniqueKey(pk.columns(), false)));
            t.uniqueConstraints().forEach(u -> keys.add(new UniqueKey(u.columns(), u.nullsNotDistinct())));
            for (Index i : t.indexes()) {
                if (i.unique() && i.where().isEmpty() && i.keys().stream().noneMatch(IndexKey::expression)) {
                    keys.add(new UniqueKey(i.keys().stream().map(IndexKey::text).toList(), i.nullsNotDistinct()));
                }
            }
            return keys;
        }

        private Optional<List<String>> source(List<String> targetColumns) {
            return targetColumns.stream().allMatch(columns::containsKey)
                    ? Optional.of(targetColumns.stream().map(columns::get).toList()) : Optional.empty();
        }

        /** Rows with a NULL in the key only collide when the key treats NULLs as equal (NULLS NOT DISTINCT). */
        private PreCheck duplicates(List<String> cols, boolean nullsNotDistinct) {
            String list = Sql.columns(cols);
            String where = nullsNotDistinct ? "" : " WHERE " + String.join(" AND ", cols.stream()
                    .map(c -> Sql.ident(c) + " IS NOT NULL").toList());
            return new PreCheck("no duplicate (" + String.join(", ", cols) + ") in " + sourceName,
                    "SELECT " + list + ", count(*) FROM " + Sql.name(sourceName) + where + " GROUP BY " + list
                            + " HAVING count(*) > 1 LIMIT " + SAMPLE_ROWS + ";");
        }

        private Optional<PreCheck> orphans(ForeignKey fk) {
            Optional<List<String>> cols = source(fk.columns());
            QualifiedName parent = tables.get(fk.referencedTable().inSchema(schema));
            if (cols.isEmpty() || parent == null || fk.referencedColumns().isEmpty()) {
                return Optional.empty();
            }
            List<String> refs = fk.referencedColumns();
            List<String> join = new ArrayList<>();
            List<String> notNull = new ArrayList<>();
            for (int i = 0; i < cols.get().size(); i++) {
                join.add("p." + Sql.ident(refs.get(i)) + " = c." + Sql.ident(cols.get().get(i)));
                notNull.add("c." + Sql.ident(cols.get().get(i)) + " IS NOT NULL");
            }
            return Optional.of(new PreCheck("every (" + String.join(", ", cols.get()) + ") of " + sourceName
                    + " exists in " + parent, "SELECT c.* FROM " + Sql.name(sourceName) + " c WHERE "
                    + String.join(" AND ", notNull) + " AND NOT EXISTS (SELECT 1 FROM " + Sql.name(parent)
                    + " p WHERE " + String.join(" AND ", join) + ") LIMIT " + SAMPLE_ROWS + ";"));
        }

        private boolean readsOnlyUnrenamedColumns(String expression) {
            Set<String> mentioned = new HashSet<>();
            Stream.concat(after.columns().stream().map(Column::name), before.columns().stream().map(Column::name))
                    .filter(name -> Identifiers.mentions(expression, name)).forEach(mentioned::add);
            return !mentioned.isEmpty() && mentioned.stream().allMatch(name -> name.equals(columns.get(name)));
        }
    }
}

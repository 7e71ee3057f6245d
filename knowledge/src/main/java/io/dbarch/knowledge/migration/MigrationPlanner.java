package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drafts a migration plan from one schema to another: finds the differences (renames from hints; possible renames
 * reported, never silently dropped and added), orders them by dependency and writes each with the techniques of
 * the chosen {@link Mode}, with its hazards. Pure: no database is touched (see {@link PlanVerifier}).
 * Stateless and thread-safe.
 */
public final class MigrationPlanner {

    /**
     * Plans the migration from {@code from} (the database now) to {@code to} (what it should become).
     *
     * @throws IllegalArgumentException when a rename hint does not fit the schemas or the dialects differ; the
     *                                  message says what was wrong and what would work
     */
    public MigrationPlan plan(SchemaModel from, SchemaModel to, PlanOptions options) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(options, "options");
        if (from.dialect() != to.dialect()) {
            throw new IllegalArgumentException("the schemas are in different dialects (" + from.dialect().id()
                    + " and " + to.dialect().id() + "); compare two " + to.dialect().id() + " schemas");
        }
        Renames renames = new RenameResolver(from, to).resolve(options.renames());
        Differ differ = new Differ(from, to, renames);
        List<Change> changes = differ.diff();
        Draft draft = new Draft();
        List<Decision> possibleRenames = new RenameDetector(from, to, renames).detect();
        if (options.acceptDropAndAdd()) {
            possibleRenames.forEach(d -> draft.note("Planned as drop + add (accepted): " + d.subject() + ". "
                    + d.message()));
        } else {
            draft.decisions.addAll(possibleRenames);
        }
        List<String> timeouts;
        if (to.dialect() == Dialect.MYSQL) {
            MySqlGenerator.generate(new MySqlContext(options, from, to, differ.mapper(), changes, draft));
            timeouts = MySqlGenerator.timeouts(options);
        } else {
            PgGenerator.generate(new PgContext(options, from, to, differ.mapper(), changes, TableOrder.of(to),
                    newTables(from, to, differ.mapper()), sourceOrder(from), draft));
            Set<String> calls = FunctionCalls.unknown(WrittenExpressions.of(changes), to);
            if (!calls.isEmpty()) {
                draft.note("The scripts call functions the schema model does not carry (" + String.join("(), ", calls)
                        + "()): they must exist in the database before the scripts run; create them first if they"
                        + " are new.");
            }
            timeouts = List.of("SET lock_timeout = " + Sql.duration(options.lockTimeout()),
                    "SET statement_timeout = " + Sql.duration(options.statementTimeout()),
                    "SET statement_timeout = " + Sql.duration(options.longStatementTimeout()));
        }
        List<MigrationStep> steps = new Packer(options, timeouts).pack(draft.actions);
        return new MigrationPlan(from, to, options, changes.stream().map(Change::describe).toList(), steps,
                draft.decisions, draft.refusals, draft.notes);
    }

    private static Set<QualifiedName> newTables(SchemaModel from, SchemaModel to, SourceMapper mapper) {
        Set<QualifiedName> existing = new HashSet<>();
        from.tables().forEach(t -> existing.add(mapper.table(t.name())));
        Set<QualifiedName> created = new HashSet<>();
        String schema = to.dialect().defaultSchema();
        for (Table t : to.tables()) {
            if (!existing.contains(t.name().inSchema(schema))) {
                created.add(t.name().inSchema(schema));
            }
        }
        return created;
    }

    private static Map<QualifiedName, Integer> sourceOrder(SchemaModel from) {
        return TableOrder.of(from);
    }
}

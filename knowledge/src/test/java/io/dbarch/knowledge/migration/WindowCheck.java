package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.WindowResult.Outcome;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans one window, takes the pending decisions as a user would, and verifies the plan on the copy. */
final class WindowCheck {

    /** Reason prefix of a window that failed on a function the model does not carry, as the plan's notes said. */
    static final String FUNCTION_NOT_MODELLED = "function not in the schema model (named in the plan's notes): ";

    /**
     * Reason prefix of a window whose sample rows break a new constraint while the project's own migration changes
     * rows (INSERT, UPDATE, DELETE) to satisfy it: data a schema diff cannot know. For a constraint on existing
     * columns the checklist's data pre-check names such rows before the plan runs.
     */
    static final String DATA_CHANGED_BY_PROJECT = "rows the project's migration changes (its INSERT/UPDATE/DELETE"
            + " statements are data, which a schema diff cannot reproduce): ";

    private final MigrationPlanner planner = new MigrationPlanner();
    private final PlanLint lint = new PlanLint();
    private final PlanVerifier verifier;

    WindowCheck(PlanVerifier verifier) {
        this.verifier = verifier;
    }

    WindowResult check(String project, int from, int to, SchemaModel a, SchemaModel b, ThrowawayDatabase db,
                       String migration, String migrationProblem, boolean projectChangesData) {
        long t0 = System.nanoTime();
        PlanOptions options = PlanOptions.defaults();
        MigrationPlan plan = planner.plan(a, b, options);
        List<String> decided = new ArrayList<>();
        List<RenameHint> renames = new ArrayList<>();
        Map<String, String> backfills = new HashMap<>();
        for (int round = 0; round < 4 && !plan.decisions().isEmpty(); round++) {
            int before = renames.size() + backfills.size();
            for (Decision d : plan.decisions()) {
                if (d.kind() == Decision.Kind.POSSIBLE_RENAME && d.suggestion().isPresent()) {
                    renames.add(RenameHint.parse(d.suggestion().get()));
                    decided.add("rename " + d.suggestion().get());
                } else if (d.kind() == Decision.Kind.BACKFILL_VALUE && d.suggestion().isPresent()) {
                    constant(b, d.subject()).ifPresent(v -> {
                        backfills.put(d.suggestion().get(), v);
                        decided.add("backfill " + d.suggestion().get() + "=" + v);
                    });
                }
            }
            if (renames.size() + backfills.size() == before) {
                break;
            }
            try {
                plan = planner.plan(a, b, options.withRenames(renames).withBackfills(backfills));
            } catch (IllegalArgumentException e) {
                plan = planner.plan(a, b, options.withBackfills(backfills).withAcceptDropAndAdd(true));
                decided.add("drop + add (the rename suggestions conflict: " + e.getMessage() + ")");
                break;
            }
        }
        if (!plan.refusals().isEmpty() && plan.decisions().isEmpty() && !plan.options().acceptDropAndAdd()) {
            MigrationPlan accepted = planner.plan(a, b, plan.options().withAcceptDropAndAdd(true));
            if (accepted.ready()) {
                plan = accepted;
                decided.add("drop + add accepted (" + plan.notes().size() + " notes)");
            }
        }
        long planMs = (System.nanoTime() - t0) / 1_000_000;
        if (plan.empty()) {
            return new WindowResult(project, from, to, Outcome.NO_CHANGE, "", decided, 0, planMs, 0, migration,
                    migrationProblem, List.of());
        }
        List<String> lintErrors = lint.findings(plan).stream()
                .filter(f -> f.severity() == io.dbarch.knowledge.lint.Severity.ERROR).map(f -> f.ruleId()).toList();
        if (!plan.ready()) {
            String why = plan.refusals().isEmpty() ? plan.decisions().get(0).asLine() : plan.refusals().get(0).asLine();
            return new WindowResult(project, from, to, Outcome.REFUSED, why, decided, plan.steps().size(), planMs, 0,
                    migration, migrationProblem, lintErrors);
        }
        if (Boolean.getBoolean("dbarch.printPlans")) {
            plan.changes().forEach(c -> System.out.println("    change " + c));
            plan.steps().forEach(st -> System.out.println("    V" + st.version() + " " + st.phase() + " "
                    + String.join(";\n      ", st.statements().subList(2, st.statements().size()))));
        }
        Verification v = verifier.verify(plan, db);
        boolean named = plan.notes().stream().anyMatch(n -> n.contains("functions the schema model does not carry"));
        boolean functionMissing = v.failure().filter(f -> f.sqlState().equals("42883") || f.sqlState().equals("42P17"))
                .isPresent();
        boolean dataRejected = v.failure().filter(f -> f.sqlState().startsWith("23")).isPresent();
        String prefix = named && functionMissing ? FUNCTION_NOT_MODELLED
                : projectChangesData && dataRejected ? DATA_CHANGED_BY_PROJECT : "";
        String reason = v.verified() ? "" : prefix + v.failure().map(Verification.Failure::asLine)
                .or(() -> v.differences().stream().findFirst().map(d -> "difference: " + d))
                .or(() -> v.dataLosses().stream().findFirst().map(l -> "data: " + l)).orElse(v.summary());
        return new WindowResult(project, from, to, v.verified() ? Outcome.VERIFIED : Outcome.FAILED, reason, decided,
                plan.steps().size(), planMs, v.duration().toMillis(), migration, migrationProblem, lintErrors);
    }

    /** A constant a user might give for existing rows of a new NOT NULL column. */
    private static Optional<String> constant(SchemaModel target, String subject) {
        int dot = subject.lastIndexOf('.');
        Optional<Column> column = target.table(subject.substring(0, dot))
                .flatMap(t -> t.column(subject.substring(dot + 1)));
        if (column.isEmpty()) {
            return Optional.empty();
        }
        var type = column.get().type();
        Optional<Table> table = target.table(subject.substring(0, dot));
        for (var fk : table.orElseThrow().foreignKeys()) {
            int index = fk.columns().indexOf(column.get().name());
            if (index >= 0 && fk.referencedColumns().size() > index) {
                return Optional.of("(SELECT " + Sql.ident(fk.referencedColumns().get(index)) + " FROM "
                        + Sql.name(fk.referencedTable()) + " ORDER BY 1 LIMIT 1)");
            }
        }
        List<String> allowed = CheckLiterals.of(table.orElseThrow(), column.get(), 1);
        if (!allowed.isEmpty()) {
            return Optional.of(allowed.get(0));
        }
        if (type.isArray()) {
            return Optional.of("'{}'");
        }
        Optional<String> label = target.enums().stream().filter(e -> Types.key(e.name()).equals(Types.key(type)))
                .findFirst().flatMap(e -> e.labels().stream().findFirst()).map(Sql::literal);
        if (label.isPresent()) {
            return label;
        }
        return Optional.ofNullable(switch (type.lowerName()) {
            case "smallint", "integer", "bigint", "numeric", "real", "double precision" -> "0";
            case "text", "character varying", "character", "citext" -> "''";
            case "boolean" -> "false";
            case "timestamp with time zone", "timestamp without time zone" -> "now()";
            case "date" -> "CURRENT_DATE";
            case "uuid" -> "gen_random_uuid()";
            case "json", "jsonb" -> "'{}'";
            case "bytea" -> "''";
            default -> null;
        });
    }
}

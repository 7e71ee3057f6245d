package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Dialect;
import java.util.List;
import java.util.Locale;

/**
 * The migration checklist in Markdown: pre-checks, backup and restore point, timeouts, the steps per phase with
 * their hazards and deploy points, monitoring during the run, validation queries, rollback or roll-forward per
 * phase.
 */
final class ChecklistWriter {

    private final MigrationPlan plan;
    private final FlywayFolder folder;
    private final StringBuilder md = new StringBuilder();

    ChecklistWriter(MigrationPlan plan, FlywayFolder folder) {
        this.plan = plan;
        this.folder = folder;
    }

    String markdown() {
        boolean pg = plan.dialect() == Dialect.POSTGRESQL;
        md.append("# Migration checklist\n\n").append(plan.summary().replace("\n", "\n\n")).append("\n\n");
        section("Before you start");
        item("Read every script and its hazards below; run the plan once on a copy of production data.");
        plan.decisions().forEach(d -> item("**Decide:** " + d.asLine()));
        plan.refusals().forEach(r -> item("**Not planned:** " + r.asLine()));
        List<DataPreChecks.PreCheck> preChecks = DataPreChecks.of(plan);
        if (!preChecks.isEmpty()) {
            var text = new StringBuilder("The data is ready for the new constraints: each query must return no row."
                    + " Fix the rows it returns first, or a validation or unique index build fails half-way.");
            preChecks.forEach(c -> text.append("\n- ").append(c.what()).append(":\n  ").append(code(c.sql())
                    .replace("\n", "\n  ")));
            item(text.toString());
        }
        if (pg) {
            item("No long transaction is running (they block lock-taking DDL and concurrent index builds):\n"
                    + code("SELECT pid, now() - xact_start AS age, state, left(query, 80) FROM pg_stat_activity\n"
                    + "WHERE xact_start < now() - interval '5 minutes' ORDER BY age DESC;"));
            if (has(HazardKind.REWRITES_TABLE) || has(HazardKind.BUILDS_INDEX)) {
                item("Free disk covers the largest table rewritten or indexed (plus its indexes):\n"
                        + code("SELECT relname, pg_size_pretty(pg_total_relation_size(oid)) FROM pg_class\n"
                        + "WHERE relkind IN ('r', 'p') ORDER BY pg_total_relation_size(oid) DESC LIMIT 10;"));
            }
            item("Replicas are caught up (backfills and index builds add WAL).");
        }
        section("Backup and restore point");
        item("Take a backup you have restored before (snapshot, pg_dump or a base backup with WAL archiving).");
        if (pg) {
            item("Mark the point in WAL:\n" + code("SELECT pg_create_restore_point('before_v"
                    + plan.options().firstVersion() + "'), pg_current_wal_lsn();"));
        }
        section("Timeouts");
        md.append("Every script starts with `").append(plan.steps().isEmpty() ? "" : plan.steps().get(0).statements()
                .get(0)).append("` and a statement timeout (").append(Sql.duration(plan.options().statementTimeout()))
                .append(" for DDL, ").append(Sql.duration(plan.options().longStatementTimeout()))
                .append(" for index builds, validations and backfills). A lock timeout means the script waited for")
                .append(" a lock and gave up: nothing changed (or, outside a transaction, the script is safe to")
                .append(" run again). Run Flyway again when the blocking session is gone.\n\n");
        for (Phase phase : Phase.values()) {
            phase(phase);
        }
        section("Monitoring during the run");
        if (pg) {
            item("Sessions waiting for locks:\n" + code("SELECT pid, wait_event_type, wait_event, now() - query_start"
                    + " AS waited, left(query, 80)\nFROM pg_stat_activity WHERE wait_event_type = 'Lock';"));
            item("Index builds:\n" + code("SELECT relid::regclass, phase, blocks_done, blocks_total"
                    + " FROM pg_stat_progress_create_index;"));
            item("Replication lag:\n" + code("SELECT client_addr, replay_lag FROM pg_stat_replication;"));
        }
        item("Application error rate and latency; stop between scripts if they rise.");
        section("Validation queries");
        if (pg) {
            item("No invalid index is left behind (a failed CONCURRENTLY build leaves one; the script drops it when"
                    + " run again):\n" + code("SELECT indexrelid::regclass FROM pg_index WHERE NOT indisvalid;"));
            item("Every constraint is validated:\n" + code("SELECT conrelid::regclass, conname FROM pg_constraint"
                    + " WHERE NOT convalidated;"));
        }
        item("`flyway info` shows every script as Success.");
        item("`dbarch diff` between the database and the target schema reports no change.");
        section("Rollback or roll forward");
        item("Expand: reversible; run the U scripts in reverse version order (or `flyway undo` with Flyway Teams)."
                + " The application deployed before the contract phase keeps working either way.");
        item("Backfill: safe to run again; roll forward after fixing the cause of a failure.");
        item("Contract: " + (plan.steps().stream().filter(s -> s.phase() == Phase.CONTRACT)
                .anyMatch(s -> !s.reversible()) ? "contains steps that cannot be undone (dropped data, swapped"
                + " columns): roll forward, or restore the backup." : "reversible with its U scripts."));
        if (!plan.notes().isEmpty()) {
            section("Notes");
            plan.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private void phase(Phase phase) {
        List<MigrationStep> steps = plan.steps().stream().filter(s -> s.phase() == phase).toList();
        if (steps.isEmpty()) {
            return;
        }
        String title = phase.id().substring(0, 1).toUpperCase(Locale.ROOT) + phase.id().substring(1);
        section(title + switch (phase) {
            case EXPAND -> " (the running application keeps working)";
            case BACKFILL -> " (batched, safe to run again)";
            case CONTRACT -> " (after the deploy point)";
        });
        for (MigrationStep step : steps) {
            step.deployBefore().ifPresent(d -> item("**Deploy point:** " + d));
            var text = new StringBuilder("`" + folder.scriptName(step) + "`: " + step.description());
            if (!step.transactional()) {
                text.append(" (outside a transaction)");
            }
            step.hazards().forEach(h -> text.append("\n  - ").append(h.asLine()));
            item(text.toString());
        }
    }

    private boolean has(HazardKind kind) {
        return plan.steps().stream().anyMatch(s -> s.has(kind));
    }

    private void section(String title) {
        md.append("\n## ").append(title).append("\n\n");
    }

    private void item(String text) {
        md.append("- [ ] ").append(text.replace("\n", "\n  ")).append('\n');
    }

    private static String code(String sql) {
        return "```sql\n" + sql + "\n```";
    }
}

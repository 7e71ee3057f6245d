package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.Sandbox;
import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.Severity;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one call the agent and the web layer make: plan, write the Flyway folder in memory, verify on the sandbox
 * when asked (and the plan is ready), and summarise. Thread-safe.
 */
public final class MigrationDrafter {

    private static final int MAX_SUMMARY = 2_000;

    private final MigrationPlanner planner = new MigrationPlanner();
    private final FlywayFolder folder = new FlywayFolder();
    private final PlanLint lint = new PlanLint();
    private final Supplier<Sandbox> sandbox;

    /** @param sandbox the sandbox to verify on, asked for only when a verification runs (e.g. {@code Sandbox::shared}) */
    public MigrationDrafter(Supplier<Sandbox> sandbox) {
        this.sandbox = requireNonNull(sandbox, "sandbox");
    }

    /**
     * @throws IllegalArgumentException for a rename hint that does not fit, or schemas of different dialects
     */
    public MigrationDraft draft(SchemaModel from, SchemaModel to, PlanOptions options, boolean verify) {
        MigrationPlan plan = planner.plan(from, to, options);
        Optional<Verification> verification = verify && !plan.empty()
                ? Optional.of(new PlanVerifier(sandbox.get()).verify(plan)) : Optional.empty();
        List<Finding> findings = lint.findings(plan);
        var text = new StringBuilder(plan.summary());
        verification.ifPresent(v -> text.append('\n').append(v.summary()));
        if (!plan.empty()) {
            text.append("\nLint (migration rules): ").append(count(findings, Severity.ERROR)).append(" error(s), ")
                    .append(count(findings, Severity.WARNING)).append(" warning(s).");
        }
        if (!plan.notes().isEmpty()) {
            text.append("\nNotes: ").append(String.join(" ", plan.notes()));
        }
        if (!plan.empty()) {
            text.append("\nFiles: ").append(plan.steps().size()).append(" Flyway scripts (expand, backfill, contract),"
                    + " undo scripts, CHECKLIST.md, flyway.conf.");
        }
        String summary = text.length() > MAX_SUMMARY ? text.substring(0, MAX_SUMMARY - 1) + "…" : text.toString();
        return new MigrationDraft(plan, plan.empty() ? List.of() : folder.files(plan), verification, findings,
                summary);
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}

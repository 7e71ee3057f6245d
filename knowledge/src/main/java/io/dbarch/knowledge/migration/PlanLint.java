package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintConfig;
import io.dbarch.knowledge.lint.LintMode;
import io.dbarch.knowledge.lint.LintReport;
import io.dbarch.knowledge.lint.LintRequest;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.LintUnit;
import io.dbarch.knowledge.lint.Linter;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.sql.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the linter's migration-safety rules over a plan's scripts, in Flyway order with their
 * {@code executeInTransaction} settings, the way a CI pipeline would lint the folder. Thread-safe.
 */
public final class PlanLint {

    private final Linter linter;
    private final Set<String> migrationRules;

    public PlanLint() {
        this(Linter.standard());
    }

    public PlanLint(Linter linter) {
        this.linter = requireNonNull(linter, "linter");
        this.migrationRules = linter.rules().stream().filter(r -> r.family() == RuleFamily.MIGRATION)
                .map(LintRule::id).collect(Collectors.toSet());
    }

    /** The migration-safety findings on the plan's scripts (every severity), in file order. */
    public List<Finding> findings(MigrationPlan plan) {
        requireNonNull(plan, "plan");
        FlywayFolder folder = new FlywayFolder();
        List<LintUnit> units = new ArrayList<>();
        for (MigrationStep step : plan.steps()) {
            String name = folder.scriptName(step);
            String text = FlywayFolder.script(step, step.statements(), false);
            units.add(new LintUnit(SourceText.of(name, text),
                    step.transactional() ? Optional.empty() : Optional.of(false)));
        }
        if (units.isEmpty()) {
            return List.of();
        }
        LintReport report = linter.lint(new LintRequest(units, Optional.of(plan.dialect()), LintMode.MIGRATION,
                LintConfig.defaults()));
        return report.findings().stream().filter(f -> migrationRules.contains(f.ruleId())).toList();
    }
}

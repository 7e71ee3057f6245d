package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.lint.rules.Rules;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.ReadResult;
import io.dbarch.knowledge.sql.SourceText;
import io.dbarch.knowledge.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs lint rules over DDL. Schema mode judges the input as one schema; migration mode applies the files in order
 * and judges each against what the earlier ones created. Thread-safe; a rule that throws becomes an
 * {@code internal-error} finding and the other rules still run.
 */
public final class Linter {

    /** Id of the finding that reports a rule that failed. */
    public static final String INTERNAL_ERROR = "internal-error";

    private final List<LintRule> rules;
    private final DdlReader reader;

    public Linter(List<LintRule> rules) {
        this(rules, new DdlReader());
    }

    public Linter(List<LintRule> rules, DdlReader reader) {
        this.rules = List.copyOf(rules);
        this.reader = requireNonNull(reader, "reader");
    }

    /** A linter with every rule of {@link Rules#all()}. */
    public static Linter standard() {
        return new Linter(Rules.all());
    }

    public List<LintRule> rules() {
        return rules;
    }

    public LintReport lint(LintRequest request) {
        requireNonNull(request, "request");
        List<SourceText> sources = request.units().stream().map(LintUnit::source).toList();
        Dialect dialect = request.dialect().orElseGet(() -> sources.isEmpty() ? Dialect.POSTGRESQL
                : DdlReader.detectDialect(sources.get(0).text()));
        ReadResult read = reader.read(sources, Optional.of(dialect));
        LintMode mode = request.resolvedMode();
        LintConfig config = request.config();
        List<LintRule> active = rules.stream().filter(config::enabled)
                .filter(r -> r.dialects().contains(dialect)).toList();
        List<Finding> findings = new ArrayList<>();
        List<SqlStatement> all = read.statements();
        LintContext whole = new LintContext(read.model(), mode, config, all, all, Map.of(), false);
        for (LintRule rule : active) {
            if (rule.scope() == RuleScope.MODEL || mode == LintMode.SCHEMA && rule.scope() == RuleScope.STATEMENTS) {
                run(rule, whole, findings);
            }
        }
        if (mode == LintMode.MIGRATION) {
            lintMigrations(request, read, config, active, findings);
        }
        List<Finding> configured = findings.stream().map(f -> rules.stream().filter(r -> r.id().equals(f.ruleId()))
                .findFirst().map(r -> f.withSeverity(config.severity(r))).orElse(f)).toList();
        List<Finding> kept = new Suppressions(all).apply(configured, rules);
        List<RuleInfo> infos = active.stream().map(r -> RuleInfo.of(r, config)).toList();
        return new LintReport(mode, dialect, sources.stream().map(SourceText::name).toList(),
                FindingOrder.sort(kept, sources), read.diagnostics(), infos);
    }

    private void lintMigrations(LintRequest request, ReadResult read, LintConfig config, List<LintRule> active,
                                List<Finding> findings) {
        TableTracker tracker = new TableTracker();
        int next = 0;
        List<SqlStatement> all = read.statements();
        for (LintUnit unit : request.units()) {
            List<SqlStatement> statements = new ArrayList<>();
            while (next < all.size() && all.get(next).location().file().equals(unit.source().name())) {
                statements.add(all.get(next++));
            }
            boolean transaction = Transactions.runnerTransaction(unit, statements, config);
            LintContext context = new LintContext(read.model(), LintMode.MIGRATION, config, statements, all,
                    tracker.snapshot(), transaction);
            for (LintRule rule : active) {
                if (rule.scope() != RuleScope.MODEL) {
                    run(rule, context, findings);
                }
            }
            statements.forEach(s -> s.ddl().ifPresent(tracker::apply));
        }
    }

    private static void run(LintRule rule, LintContext context, List<Finding> findings) {
        try {
            findings.addAll(rule.check(context));
        } catch (RuntimeException | StackOverflowError e) {
            String file = context.statements().isEmpty() ? "" : context.statements().get(0).location().file();
            findings.add(new Finding(INTERNAL_ERROR, Severity.ERROR,
                    Location.of(SourceLocation.of(file, 0, 0), rule.id()),
                    "Rule " + rule.id() + " failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                            : ": " + e.getMessage()) + "); its findings are missing, the other rules ran.",
                    "Report this with the input that caused it; meanwhile disable the rule in .dbarch.yml "
                            + "(rules: {" + rule.id() + ": off}) if it blocks you."));
        }
    }
}

package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Dialect;
import java.util.Set;

/** A PostgreSQL migration-safety rule: runs per migration file in migration mode. */
abstract class MigrationRule implements LintRule {

    @Override public RuleFamily family() { return RuleFamily.MIGRATION; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.MIGRATION; }
    @Override public Set<Dialect> dialects() { return Set.of(Dialect.POSTGRESQL); }
}

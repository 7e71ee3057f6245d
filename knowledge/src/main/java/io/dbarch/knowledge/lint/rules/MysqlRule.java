package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Dialect;
import java.util.Set;

/** A MySQL rule. */
abstract class MysqlRule implements LintRule {

    @Override public RuleFamily family() { return RuleFamily.MYSQL; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Dialect> dialects() { return Set.of(Dialect.MYSQL); }
}

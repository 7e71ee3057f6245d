package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;

/** A security or compliance rule over the schema. */
abstract class SecurityRule implements LintRule {

    @Override public RuleFamily family() { return RuleFamily.SECURITY; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
}

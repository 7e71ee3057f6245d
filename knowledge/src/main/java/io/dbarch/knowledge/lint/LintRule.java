package io.dbarch.knowledge.lint;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.SourceLocation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One lint rule. Implementations are stateless; the linter calls {@link #check} once per unit it applies to
 * (see {@link RuleScope}) and isolates failures: a rule that throws becomes an {@code internal-error} finding.
 */
public interface LintRule {

    /** Stable kebab-case id; also the name of the rule's page {@code docs/rules/<id>.md}. */
    String id();

    RuleFamily family();

    Severity defaultSeverity();

    RuleScope scope();

    /** One sentence saying what the rule looks for. */
    String summary();

    /** The dialects the rule applies to. */
    default Set<Dialect> dialects() {
        return EnumSet.allOf(Dialect.class);
    }

    List<Finding> check(LintContext context);

    /** A finding of this rule at its default severity (the linter applies configured overrides). */
    default Finding finding(SourceLocation at, String object, String message, String help) {
        return new Finding(id(), defaultSeverity(), Location.of(at, object), message, help);
    }
}

package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Dialect;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Names longer than the dialect keeps (63 bytes in PostgreSQL, which truncates; 64 in MySQL, which refuses). */
final class IdentifierTooLong implements LintRule {

    @Override public String id() { return "identifier-too-long"; }
    @Override public RuleFamily family() { return RuleFamily.NAMING; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.STATEMENTS; }
    @Override public String summary() { return "Identifiers must fit the dialect's limit (63 bytes in PostgreSQL)."; }

    @Override
    public List<Finding> check(LintContext context) {
        int max = context.dialect().maxIdentifierBytes();
        List<Finding> findings = new ArrayList<>();
        for (DeclaredName n : DeclaredName.of(context.statements())) {
            byte[] bytes = n.name().getBytes(StandardCharsets.UTF_8);
            if (bytes.length <= max) {
                continue;
            }
            String kept = new String(bytes, 0, max, StandardCharsets.UTF_8).replace("\uFFFD", "");
            boolean pg = context.dialect() == Dialect.POSTGRESQL;
            findings.add(finding(n.location(), n.name(), "The " + n.kind() + " name " + n.name() + " is "
                    + bytes.length + " bytes, over the " + max + "-byte limit: " + (pg ? "PostgreSQL silently"
                    + " truncates it to " + kept + ", so two long names can collide and later statements that"
                    + " spell it out in full may miss it." : "MySQL rejects the statement."),
                    "Shorten it to at most " + max + " bytes, e.g. by abbreviating words.")) ;
        }
        return findings;
    }
}

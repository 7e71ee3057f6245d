package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.sql.SqlStatement;
import io.dbarch.knowledge.sql.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SECURITY DEFINER functions without a fixed search_path (PostgreSQL). */
final class RequireSecurityDefinerSearchPath extends SecurityRule {

    private static final Pattern BODY = Pattern.compile("(?s)\\$([a-z_0-9]*)\\$.*?\\$\\1\\$|'[^']*+(?:''[^']*+)*+'");
    private static final Pattern NAME = Pattern.compile("create (or replace )?(function|procedure) ([^\\s(]+)");

    @Override public String id() { return "require-security-definer-search-path"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public RuleScope scope() { return RuleScope.STATEMENTS; }
    @Override public Set<Dialect> dialects() { return Set.of(Dialect.POSTGRESQL); }
    @Override public String summary() { return "SECURITY DEFINER functions must SET search_path."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (SqlStatement s : context.statements()) {
            if (s.kind() != StatementKind.CREATE_FUNCTION) {
                continue;
            }
            String head = Text.squash(BODY.matcher(s.text().toLowerCase(java.util.Locale.ROOT)).replaceAll(" "));
            if (!head.contains("security definer") || head.matches(".*\\bset search_path\\b.*")) {
                continue;
            }
            Matcher m = NAME.matcher(head);
            String name = m.find() ? m.group(3) : "the function";
            if (fixedLater(context, name)) {
                continue;
            }
            findings.add(finding(s.location(), name, "SECURITY DEFINER function " + name + " runs with its owner's"
                    + " rights but resolves names through the caller's search_path: a caller who can create objects"
                    + " in any schema on that path can substitute a table or operator and run code as the owner.",
                    "Pin the path: ALTER FUNCTION " + name + " SET search_path = pg_catalog, pg_temp; (and"
                            + " schema-qualify the objects it uses), or add SET search_path = … to CREATE FUNCTION."));
        }
        return findings;
    }

    private static boolean fixedLater(LintContext context, String name) {
        String bare = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        return context.allStatements().stream().map(x -> Text.code(x.text()))
                .anyMatch(c -> c.startsWith("alter function") && c.contains(bare) && c.contains("set search_path"));
    }
}

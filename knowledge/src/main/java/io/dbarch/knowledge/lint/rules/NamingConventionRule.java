package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.NamingConvention;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Table and column names against the configured case style and table prefix ({@code naming} in .dbarch.yml). */
final class NamingConventionRule implements LintRule {

    private static final Map<String, Pattern> STYLES = Map.of(
            "snake_case", Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*"),
            "camelCase", Pattern.compile("[a-z][a-zA-Z0-9]*"),
            "PascalCase", Pattern.compile("[A-Z][a-zA-Z0-9]*"));

    @Override public String id() { return "naming-convention"; }
    @Override public RuleFamily family() { return RuleFamily.NAMING; }
    @Override public Severity defaultSeverity() { return Severity.INFO; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "Table and column names follow the configured case style and prefix."; }

    @Override
    public List<Finding> check(LintContext context) {
        NamingConvention convention = context.config().naming();
        Pattern style = STYLES.get(convention.caseStyle());
        List<Finding> findings = new ArrayList<>();
        for (ModelNames n : ModelNames.of(context.model())) {
            if (style != null && !style.matcher(n.name()).matches()) {
                findings.add(finding(n.location(), n.object(), "The " + n.kind() + " name " + n.name() + " is not "
                        + convention.caseStyle() + ": mixed conventions make names hard to guess and, in"
                        + " PostgreSQL, anything but lower case must be double-quoted forever.", "Rename it to "
                        + convert(n.name(), convention.caseStyle()) + ", or set naming.case in .dbarch.yml."));
            }
            if (n.kind().equals("table") && !convention.tablePrefix().isEmpty()
                    && !n.name().startsWith(convention.tablePrefix())) {
                findings.add(finding(n.location(), n.object(), "Table " + n.object() + " lacks the configured"
                        + " prefix '" + convention.tablePrefix() + "'.", "Rename it to " + convention.tablePrefix()
                        + n.name() + ", or change naming.table-prefix in .dbarch.yml."));
            }
        }
        return findings;
    }

    static String convert(String name, String style) {
        String[] words = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT)
                .split("[^a-z0-9]+");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (style.equals("snake_case")) {
                out.append(out.length() > 0 ? "_" : "").append(w);
            } else {
                boolean upper = out.length() > 0 || style.equals("PascalCase");
                out.append(upper ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            }
        }
        return out.toString();
    }
}

package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.ColumnSite;
import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Dialect;
import java.util.ArrayList;
import java.util.List;

/** A type rule: judges each column site (schema columns, or the columns a migration creates, adds or retypes). */
abstract class ColumnTypeRule implements LintRule {

    @Override public RuleFamily family() { return RuleFamily.TYPES; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.STATEMENTS; }

    abstract boolean matches(ColumnSite site, LintContext context);

    abstract String message(ColumnSite site);

    abstract String help(ColumnSite site, Dialect dialect);

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnSite site : context.columnSites()) {
            if (matches(site, context)) {
                findings.add(finding(site.location(), site.object(), message(site), help(site, context.dialect())));
            }
        }
        return findings;
    }

    /** {@code ALTER TABLE t ALTER COLUMN c TYPE <type>;} (PostgreSQL). */
    static String retype(ColumnSite site, String type) {
        return "ALTER TABLE " + site.table() + " ALTER COLUMN " + Text.ident(site.column()) + " TYPE " + type + ";";
    }

    /**
     * The statement that changes the column's type in {@code dialect}. MySQL's {@code MODIFY COLUMN} replaces the
     * whole definition, so it repeats what the column has besides its type (UNSIGNED, NOT NULL, AUTO_INCREMENT,
     * DEFAULT).
     */
    static String retype(ColumnSite site, String type, Dialect dialect) {
        if (dialect != Dialect.MYSQL) {
            return retype(site, type);
        }
        var sql = new StringBuilder("ALTER TABLE " + site.table() + " MODIFY COLUMN " + mysqlIdent(site.column())
                + " " + type);
        if (site.type().normalized().contains("unsigned")) {
            sql.append(" UNSIGNED");
        }
        site.definition().ifPresent(c -> {
            if (!c.nullable()) {
                sql.append(" NOT NULL");
            }
            if (c.autoIncrement()) {
                sql.append(" AUTO_INCREMENT");
            }
            c.defaultExpression().ifPresent(d -> sql.append(" DEFAULT ").append(d));
        });
        return sql.append(';').toString();
    }

    private static String mysqlIdent(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_$]*") ? name : "`" + name.replace("`", "``") + "`";
    }
}

package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.ColumnSite;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Dialect;
import java.util.regex.Pattern;

/** Floating-point columns whose names say they hold money. */
final class PreferNumericForMoney extends ColumnTypeRule {

    private static final Pattern MONEY = Pattern.compile("(?i).*(price|amount|cost|total|balance|fee|salary|"
            + "wage|payment|charge|tax|discount|revenue|budget|invoice|refund|credit|debit|money|currency|paid|"
            + "subtotal)s?");

    @Override public String id() { return "prefer-numeric-for-money"; }
    @Override public String summary() { return "Money must not be stored in floating point; use numeric/decimal."; }

    @Override
    boolean matches(ColumnSite site, LintContext context) {
        return site.type().is("real", "double precision", "float", "double", "float4", "float8")
                && MONEY.matcher(site.column()).matches();
    }

    @Override
    String message(ColumnSite site) {
        return "Column " + site.object() + " looks like money but is " + site.type() + ": binary floating point"
                + " cannot represent most decimal fractions (0.1 + 0.2 <> 0.3), so sums and comparisons drift by"
                + " cents.";
    }

    @Override
    String help(ColumnSite site, Dialect dialect) {
        return "Use an exact decimal type: " + retype(site, dialect == Dialect.MYSQL ? "decimal(19,4)" : "numeric(19,4)",
                dialect);
    }
}

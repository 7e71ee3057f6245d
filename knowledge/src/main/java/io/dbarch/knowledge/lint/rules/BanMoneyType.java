package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.ColumnSite;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Dialect;
import java.util.Set;

/** The PostgreSQL {@code money} type. */
final class BanMoneyType extends ColumnTypeRule {

    @Override public String id() { return "ban-money-type"; }
    @Override public Set<Dialect> dialects() { return Set.of(Dialect.POSTGRESQL); }
    @Override public String summary() { return "Avoid the money type: its scale and parsing depend on the lc_monetary setting."; }

    @Override
    boolean matches(ColumnSite site, LintContext context) {
        return site.type().is("money");
    }

    @Override
    String message(ColumnSite site) {
        return "Column " + site.object() + " is money: its fractional digits and input/output format follow the"
                + " session's lc_monetary, it holds no currency, and a dump restored under another locale"
                + " changes or rejects values.";
    }

    @Override
    String help(ColumnSite site, Dialect dialect) {
        return "Use numeric with an explicit scale (plus a currency column if needed): " + retype(site,
                "numeric(19,4)").replace(";", " USING " + Text.ident(site.column()) + "::numeric;");
    }
}

package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.ColumnSite;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Dialect;
import java.util.Set;

/** {@code timestamp without time zone} columns (PostgreSQL). */
final class PreferTimestamptz extends ColumnTypeRule {

    @Override public String id() { return "prefer-timestamptz"; }
    @Override public Set<Dialect> dialects() { return Set.of(Dialect.POSTGRESQL); }
    @Override public String summary() { return "Use timestamptz: timestamp without time zone drops the UTC offset."; }

    @Override
    boolean matches(ColumnSite site, LintContext context) {
        return site.type().is("timestamp without time zone", "timestamp");
    }

    @Override
    String message(ColumnSite site) {
        return "Column " + site.object() + " is " + site.type() + ": the UTC offset of every value is dropped, so"
                + " 10:00+02 and 10:00-06 are stored alike and the instant is lost.";
    }

    @Override
    String help(ColumnSite site, Dialect dialect) {
        String type = "timestamptz" + (site.type().modifiers().isEmpty() ? "" : "(" + site.type().modifiers().get(0)
                + ")") + "[]".repeat(site.type().arrayDimensions());
        return "Declare it as " + type + ". For existing data: " + retype(site, type)
                .replace(";", " USING " + Text.ident(site.column()) + " AT TIME ZONE 'UTC';")
                + " (say which zone the stored values are in).";
    }
}

package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.ColumnSite;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Dialect;
import java.util.Set;

/** {@code json} columns in PostgreSQL, where {@code jsonb} is almost always what is wanted. */
final class PreferJsonb extends ColumnTypeRule {

    @Override public String id() { return "prefer-jsonb"; }
    @Override public Set<Dialect> dialects() { return Set.of(Dialect.POSTGRESQL); }
    @Override public String summary() { return "Use jsonb rather than json: it can be indexed, compared and is faster to query."; }

    @Override
    boolean matches(ColumnSite site, LintContext context) {
        // the reader spells json as "json" (quoted, as a key word): compare without quotes
        return site.type().lowerName().replace("\"", "").equals("json");
    }

    @Override
    String message(ColumnSite site) {
        return "Column " + site.object() + " is json: it is stored as text and re-parsed on every access, cannot"
                + " be GIN-indexed or compared with =, and keeps duplicate keys.";
    }

    @Override
    String help(ColumnSite site, Dialect dialect) {
        return "Declare it as jsonb: " + retype(site, "jsonb" + "[]".repeat(site.type().arrayDimensions()))
                + " (keep json only if you must preserve key order, whitespace or duplicate keys).";
    }
}

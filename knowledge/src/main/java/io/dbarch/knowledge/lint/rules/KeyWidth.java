package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.ColumnSite;
import io.dbarch.knowledge.schema.Dialect;

/** Shared wording for the 32- and 16-bit key rules. */
final class KeyWidth {

    private KeyWidth() {
    }

    static boolean isKeyish(ColumnSite site) {
        return site.key() || site.serial() || site.definition().map(c -> c.isGenerated()
                && c.generatedExpression().isEmpty()).orElse(false);
    }

    static String message(ColumnSite site, String limit) {
        return "Key column " + site.object() + " is " + site.type() + " and tops out at " + limit + ": a busy table"
                + " (or the tables referencing it) runs out of values, and widening a key later rewrites every"
                + " table that stores it.";
    }

    static String help(ColumnSite site, Dialect dialect) {
        return "Use bigint for keys from the start: " + ColumnTypeRule.retype(site, "bigint", dialect)
                + (dialect == Dialect.MYSQL ? " (the foreign keys that reference it must be dropped, their columns"
                + " widened the same way, and the keys added again; on a large table use an online schema change"
                + " tool)." : " (change referencing foreign-key columns too).");
    }
}

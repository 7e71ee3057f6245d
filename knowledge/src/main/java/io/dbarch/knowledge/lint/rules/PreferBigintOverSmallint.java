package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.ColumnSite;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Dialect;

/** 16-bit (or 8-bit) integer key columns. */
final class PreferBigintOverSmallint extends ColumnTypeRule {

    @Override public String id() { return "prefer-bigint-over-smallint"; }
    @Override public String summary() { return "Key columns should be bigint: smallint keys run out at 32,767."; }

    @Override
    boolean matches(ColumnSite site, LintContext context) {
        return site.type().is("smallint", "tinyint") && !site.type().isArray() && KeyWidth.isKeyish(site);
    }

    @Override
    String message(ColumnSite site) {
        return KeyWidth.message(site, site.type().is("tinyint") ? "127" : "32,767");
    }

    @Override
    String help(ColumnSite site, Dialect dialect) {
        return KeyWidth.help(site, dialect);
    }
}

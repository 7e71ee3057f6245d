package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.ColumnSite;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Dialect;

/** 32-bit integer key columns (primary key, foreign key, identity, serial or auto-increment). */
final class PreferBigintOverInt extends ColumnTypeRule {

    @Override public String id() { return "prefer-bigint-over-int"; }
    @Override public String summary() { return "Key columns should be bigint: 32-bit keys run out at about 2.1 billion."; }

    @Override
    boolean matches(ColumnSite site, LintContext context) {
        return site.type().is("integer", "int", "mediumint") && !site.type().isArray() && KeyWidth.isKeyish(site);
    }

    @Override
    String message(ColumnSite site) {
        return KeyWidth.message(site, site.type().normalized().contains("unsigned") ? "4,294,967,295"
                : "2,147,483,647");
    }

    @Override
    String help(ColumnSite site, Dialect dialect) {
        return KeyWidth.help(site, dialect);
    }
}

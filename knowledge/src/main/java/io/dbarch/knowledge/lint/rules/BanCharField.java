package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.ColumnSite;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Dialect;
import java.util.Set;

/** {@code char(n)} / {@code character} columns (PostgreSQL). */
final class BanCharField extends ColumnTypeRule {

    @Override public String id() { return "ban-char-field"; }
    @Override public Set<Dialect> dialects() { return Set.of(Dialect.POSTGRESQL); }
    @Override public String summary() { return "Avoid char(n): it pads with spaces and is no faster than text."; }

    @Override
    boolean matches(ColumnSite site, LintContext context) {
        return site.type().is("character", "bpchar", "char");
    }

    @Override
    String message(ColumnSite site) {
        return "Column " + site.object() + " is " + site.type() + ": values are blank-padded to the length,"
                + " trailing spaces are ignored in comparisons, and it is not faster or smaller than text.";
    }

    @Override
    String help(ColumnSite site, Dialect dialect) {
        String n = site.type().modifiers().isEmpty() ? "1" : site.type().modifiers().get(0);
        return "Use text with a CHECK if the length matters: " + retype(site, "text") + " ALTER TABLE "
                + site.table() + " ADD CONSTRAINT " + site.table().name() + "_" + site.column() + "_length CHECK"
                + " (char_length(" + Text.ident(site.column()) + ") = " + n + ") NOT VALID;";
    }
}

package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.ColumnSite;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Dialect;
import java.util.Set;

/** {@code varchar(n)} columns in PostgreSQL, where text with a CHECK is easier to change. */
final class PreferTextField extends ColumnTypeRule {

    @Override public String id() { return "prefer-text-field"; }
    @Override public Severity defaultSeverity() { return Severity.INFO; }
    @Override public Set<Dialect> dialects() { return Set.of(Dialect.POSTGRESQL); }
    @Override public String summary() { return "Prefer text (with a CHECK on length) to varchar(n) in PostgreSQL."; }

    @Override
    boolean matches(ColumnSite site, LintContext context) {
        return site.type().is("character varying") && !site.type().modifiers().isEmpty();
    }

    @Override
    String message(ColumnSite site) {
        return "Column " + site.object() + " is " + site.type() + ": varchar(n) is stored like text, and lowering"
                + " the limit later rewrites the table under an ACCESS EXCLUSIVE lock.";
    }

    @Override
    String help(ColumnSite site, Dialect dialect) {
        return "Use text and state the limit as a constraint you can swap without a rewrite: " + retype(site, "text")
                + " ALTER TABLE " + site.table() + " ADD CONSTRAINT " + site.table().name() + "_" + site.column()
                + "_length CHECK (char_length(" + Text.ident(site.column()) + ") <= "
                + site.type().modifiers().get(0) + ") NOT VALID;";
    }
}

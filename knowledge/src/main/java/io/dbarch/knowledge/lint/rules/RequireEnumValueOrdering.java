package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.sql.DdlStatement;
import java.util.ArrayList;
import java.util.List;

/** ALTER TYPE … ADD VALUE without BEFORE/AFTER: the value sorts last, which may not be the intended order. */
final class RequireEnumValueOrdering extends MigrationRule {

    @Override public String id() { return "require-enum-value-ordering"; }
    @Override public Severity defaultSeverity() { return Severity.INFO; }
    @Override public String summary() { return "Say where a new enum value sorts with BEFORE or AFTER."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl<DdlStatement.AlterEnum> e : Ddl.of(context, DdlStatement.AlterEnum.class)) {
            DdlStatement.AlterEnum add = e.ddl();
            if (add.renamedFrom().isPresent() || add.before().isPresent() || add.after().isPresent()) {
                continue;
            }
            String labels = context.model().enumType(add.type().name()).map(t -> " (now " + t.labels() + ")")
                    .orElse("");
            findings.add(finding(e.statement().location(), add.type() + "." + add.value(), "ADD VALUE '" + add.value()
                    + "' to " + add.type() + " without BEFORE or AFTER puts it last" + labels + ": ORDER BY, <, > and"
                    + " min/max on the enum follow declaration order, so a value meant to sit between others sorts"
                    + " wrong.", "State its place: ALTER TYPE " + add.type() + " ADD VALUE '" + add.value()
                    + "' AFTER '<existing value>'; (appending last is fine when that is the intended order)."));
        }
        return findings;
    }
}

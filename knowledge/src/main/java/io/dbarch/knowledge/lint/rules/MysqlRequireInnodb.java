package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** MySQL tables on an engine other than InnoDB. */
final class MysqlRequireInnodb extends MysqlRule {

    @Override public String id() { return "mysql-require-innodb"; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "Use InnoDB: other engines lack transactions, crash safety or foreign keys."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Table t : context.model().tables()) {
            String engine = t.options().getOrDefault("engine", "");
            if (engine.isEmpty() || engine.equalsIgnoreCase("innodb")) {
                continue;
            }
            findings.add(finding(t.location(), t.name().toString(), "Table " + t.name() + " uses ENGINE=" + engine
                    + (Text.lower(engine).equals("memory") ? ": its rows vanish on restart and it locks whole tables."
                    : ": it has no transactions or crash recovery, locks whole tables, and ignores foreign keys."),
                    "ALTER TABLE " + t.name() + " ENGINE=InnoDB; (copies the table: schedule it, or use"
                            + " pt-online-schema-change / gh-ost for large tables)."));
        }
        return findings;
    }
}

package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MySQL ALTERs that cannot run with ALGORITHM=INSTANT or INPLACE: column type changes (other than widening a
 * VARCHAR within its length-byte class), CONVERT TO CHARACTER SET, and an explicit ALGORITHM=COPY.
 */
final class MysqlAlterRequiresTableCopy extends MysqlRule {

    @Override public String id() { return "mysql-alter-requires-table-copy"; }
    @Override public RuleScope scope() { return RuleScope.MIGRATION; }
    @Override public String summary() { return "ALTERs that need ALGORITHM=COPY block writes while the table is rebuilt."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction> a : Ddl.actions(context, AlterAction.class)) {
            if (!context.existedBefore(a.alter().table())) {
                continue;
            }
            String table = a.alter().table().toString();
            if (a.action() instanceof AlterAction.ChangeColumn change) {
                DataType now = change.column().type();
                Optional<DataType> old = context.tableBefore(a.alter().table()).flatMap(t -> t.column(change.from()))
                        .map(Column::type);
                if (old.isPresent() && !old.get().is("enum", "set") && !inPlace(old.get(), now)) {
                    findings.add(copy(a, table + "." + change.column().name(), "changes the type of "
                            + change.column().name() + " from " + old.get() + " to " + now));
                }
            } else if (a.action() instanceof AlterAction.Other other) {
                String code = Text.code(other.text());
                if (code.startsWith("convert to")) {
                    findings.add(copy(a, table, "converts every text column to another character set"));
                } else if (code.matches("algorithm\\s*=?\\s*copy")) {
                    findings.add(copy(a, table, "asks for ALGORITHM=COPY"));
                }
            }
        }
        return findings;
    }

    private Finding copy(Ddl.Action<AlterAction> a, String object, String what) {
        return finding(a.statement().location(), object, "This ALTER " + what + ": MySQL cannot do that INSTANT or"
                + " INPLACE, so it copies the whole table and blocks writes until the copy is done.", "Run it with an"
                + " online schema-change tool (pt-online-schema-change, gh-ost) or in a maintenance window; add"
                + " ALGORITHM=INPLACE, LOCK=NONE to other ALTERs so MySQL refuses instead of copying silently.");
    }

    static boolean inPlace(DataType old, DataType now) {
        if (old.normalized().equals(now.normalized())) {
            return true;
        }
        if (old.is("varchar") && now.is("varchar") && !old.modifiers().isEmpty() && !now.modifiers().isEmpty()) {
            try {
                int from = Integer.parseInt(old.modifiers().get(0).strip());
                int to = Integer.parseInt(now.modifiers().get(0).strip());
                return to >= from && (from * 4 > 255) == (to * 4 > 255);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }
}

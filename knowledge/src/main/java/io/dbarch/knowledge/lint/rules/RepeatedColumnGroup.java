package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbered columns of one kind (phone1, phone2, …): a repeating group that belongs in a child table. */
final class RepeatedColumnGroup implements LintRule {

    private static final Pattern NUMBERED = Pattern.compile("(?i)([a-z][a-z_]*?[a-z])_?([0-9]{1,2})");

    @Override public String id() { return "repeated-column-group"; }
    @Override public RuleFamily family() { return RuleFamily.DESIGN; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "Numbered columns (phone1, phone2, …) are a repeating group; use a child table."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Table t : context.model().tables()) {
            Map<String, List<Column>> groups = new LinkedHashMap<>();
            for (Column c : t.columns()) {
                Matcher m = NUMBERED.matcher(c.name());
                if (m.matches()) {
                    groups.computeIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(c);
                }
            }
            groups.forEach((stem, columns) -> {
                if (columns.size() >= 2) {
                    List<String> names = columns.stream().map(Column::name).toList();
                    findings.add(finding(columns.get(0).location(), t.name() + "." + stem, "Table " + t.name()
                            + " repeats one attribute in numbered columns " + names + ": a third value needs a schema"
                            + " change, and queries must check every column.", "Move them to a child table, e.g."
                            + " CREATE TABLE " + t.name().name() + "_" + stem + " (" + t.name().name()
                            + "_id bigint NOT NULL REFERENCES " + t.name() + ", position smallint NOT NULL, " + stem
                            + " " + columns.get(0).type() + " NOT NULL, PRIMARY KEY (" + t.name().name()
                            + "_id, position));"));
                }
            });
        }
        return findings;
    }
}

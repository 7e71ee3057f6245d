package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.sql.SqlStatement;
import io.dbarch.knowledge.sql.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MySQL utf8 / utf8mb3 character sets (3-byte UTF-8 that cannot store emoji and many CJK characters). */
final class MysqlPreferUtf8mb4 extends MysqlRule {

    private static final Pattern UTF8 = Pattern.compile("\\b(?:character set|charset)\\s*=?\\s*['\"`]?(utf8(?:mb3)?)"
            + "\\b(?!mb4)|\\bcollate\\s*=?\\s*['\"`]?(utf8(?:mb3)?_[a-z0-9_]+)");

    @Override public String id() { return "mysql-prefer-utf8mb4"; }
    @Override public RuleScope scope() { return RuleScope.STATEMENTS; }
    @Override public String summary() { return "Use utf8mb4: MySQL's utf8 (utf8mb3) stores at most 3 bytes per character."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (SqlStatement s : context.statements()) {
            if (s.kind() != StatementKind.CREATE_TABLE && s.kind() != StatementKind.ALTER_TABLE
                    && s.kind() != StatementKind.CREATE_OTHER && s.kind() != StatementKind.SET) {
                continue;
            }
            Matcher m = UTF8.matcher(Text.squash(s.text()));
            if (m.find()) {
                String found = m.group(1) != null ? m.group(1) : m.group(2);
                findings.add(finding(s.location(), "", Text.brief(s.text()) + " uses " + found + ", MySQL's 3-byte"
                        + " UTF-8: emoji and other 4-byte characters are rejected or silently cut off.", "Use"
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci (or utf8mb4_unicode_ci before 8.0);"
                        + " for existing tables ALTER TABLE … CONVERT TO CHARACTER SET utf8mb4 (copies the table)."));
            }
        }
        return findings;
    }
}

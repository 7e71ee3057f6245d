package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.sql.SqlStatement;
import io.dbarch.knowledge.sql.StatementKind;
import java.util.ArrayList;
import java.util.List;

/** GRANT ALL [PRIVILEGES] and grants to PUBLIC. */
final class BanGrantAllOrPublic extends SecurityRule {

    @Override public String id() { return "ban-grant-all-or-public"; }
    @Override public RuleScope scope() { return RuleScope.STATEMENTS; }
    @Override public String summary() { return "Grant only the privileges a role needs, and never to PUBLIC."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (SqlStatement s : context.statements()) {
            if (s.kind() != StatementKind.GRANT) {
                continue;
            }
            String code = Text.code(s.text());
            boolean all = code.matches("grant all\\b.*");
            boolean toPublic = code.matches(".*\\bto (.*, ?)?public\\b.*");
            if (!all && !toPublic) {
                continue;
            }
            String problem = all && toPublic ? "grants every privilege to every role (PUBLIC)"
                    : all ? "grants every privilege, including TRUNCATE, REFERENCES and TRIGGER (and DDL rights"
                    + " on schemas)" : "grants to PUBLIC, i.e. to every current and future role";
            findings.add(finding(s.location(), "", Text.brief(s.text()) + " " + problem + ": least privilege is"
                    + " lost, and any compromised or new login gets the same access.", "Grant the specific"
                    + " privileges to a named role, e.g. GRANT SELECT, INSERT, UPDATE ON <table> TO app_rw;"
                    + " and REVOKE ALL ON <object> FROM PUBLIC;"));
        }
        return findings;
    }
}

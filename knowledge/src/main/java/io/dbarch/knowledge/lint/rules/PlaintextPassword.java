package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** Text columns named password/passwd/pwd (not *_hash, *_salt, …): passwords stored as they were typed. */
final class PlaintextPassword extends SecurityRule {

    @Override public String id() { return "plaintext-password"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public String summary() { return "Store password hashes (argon2, bcrypt), never passwords."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Table t : context.model().tables()) {
            for (Column c : t.columns()) {
                if (!SensitiveNames.plainPassword(c)
                        || SensitiveNames.protectedByComment(c, List.of("hash", "bcrypt", "argon", "scrypt", "pbkdf"))) {
                    continue;
                }
                String object = t.name() + "." + c.name();
                findings.add(finding(c.location(), object, "Column " + object + " (" + c.type() + ") looks like a"
                        + " stored password: whoever reads the table, a backup or a log of it can sign in as every"
                        + " user, and on every other site where they reuse the password.", "Store only a slow salted"
                        + " hash: ALTER TABLE " + t.name() + " RENAME COLUMN " + Text.ident(c.name()) + " TO "
                        + Text.ident(c.name() + "_hash") + "; hash with argon2id or bcrypt in the application; if it"
                        + " already holds hashes, name it so (e.g. password_hash) or comment it 'bcrypt hash'."));
            }
        }
        return findings;
    }
}

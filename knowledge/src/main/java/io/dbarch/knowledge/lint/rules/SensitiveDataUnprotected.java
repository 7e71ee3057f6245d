package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Columns whose names say they hold personal or secret data (configurable dictionary) with no protection marker:
 * neither a binary (encrypted) type nor a comment with a marker such as "encrypted" or "pii".
 */
final class SensitiveDataUnprotected extends SecurityRule {

    @Override public String id() { return "sensitive-data-unprotected"; }
    @Override public String summary() { return "Personal or secret data needs protection (encryption, hashing) and a marker saying so."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Table t : context.model().tables()) {
            if (t.isPartition()) {
                continue;
            }
            for (Column c : t.columns()) {
                Optional<String> hit = SensitiveNames.match(c.name(), context.config().sensitivePatterns());
                if (hit.isEmpty() || SensitiveNames.plainPassword(c) || SensitiveNames.encryptedType(c)
                        || SensitiveNames.transformedByName(c) || c.type().is("boolean", "bool")
                        || SensitiveNames.protectedByComment(c, context.config().protectionMarkers())
                        || c.name().matches("(?i).*(_hash|_digest|_encrypted|_enc|_masked|_last4|_id|_at|_type)$")) {
                    continue;
                }
                String object = t.name() + "." + c.name();
                findings.add(finding(c.location(), object, "Column " + object + " looks like sensitive data ('"
                        + hit.get() + "') and is stored as plain " + c.type() + " with no protection marker: anyone"
                        + " with SELECT, every backup and every replica sees it in clear, which privacy rules (GDPR,"
                        + " PCI DSS, HIPAA) treat as exposure.", "Encrypt or tokenize it (store bytea from"
                        + " pgp_sym_encrypt, or a token from a vault), restrict its grants, and mark it: COMMENT ON"
                        + " COLUMN " + object + " IS 'pii: encrypted with …'; or add a marker word to"
                        + " sensitive-data.protection-markers in .dbarch.yml."));
            }
        }
        return findings;
    }
}

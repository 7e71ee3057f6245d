package io.dbarch.knowledge.design.security;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Section;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import java.util.ArrayList;
import java.util.List;

/** Role design, a least-privilege GRANT script, encryption per platform, audit configuration and secrets rotation. */
public final class SecurityDesigner {

    static final List<SecurityDesign.Role> ROLES = List.of(
            new SecurityDesign.Role("migrator", "owns the schema; used only by migrations (Flyway runs SET ROLE migrator)",
                    "CREATE on the schema, owner of every table"),
            new SecurityDesign.Role("app_rw", "the application", "SELECT/INSERT/UPDATE/DELETE; SELECT/INSERT only on append-only and write-once tables"),
            new SecurityDesign.Role("app_ro", "read-only services and read replicas", "SELECT"),
            new SecurityDesign.Role("analyst", "people running ad-hoc queries", "SELECT on non-personal columns only"),
            new SecurityDesign.Role("auditor", "compliance and security reviews", "SELECT everywhere, pg_read_all_stats, no writes"));

    public Section<SecurityDesign> design(Requirements r, SchemaDesign schema) {
        requireNonNull(r, "r");
        requireNonNull(schema, "schema");
        SecurityDesign d = new SecurityDesign(ROLES, GrantScript.render(r, schema), encryption(r), auditing(r), secrets(r));
        return new Section<>("security", "Security", markdown(d), d);
    }

    private static List<String> encryption(Requirements r) {
        List<String> e = new ArrayList<>();
        String provider = r.platform().provider().orElse("");
        e.add(switch (provider) {
            case "aws" -> "At rest: storage encryption with a customer-managed KMS key (RDS/Aurora); snapshots and cross-region copies re-encrypted with a key in the target region.";
            case "gcp" -> "At rest: Cloud SQL/AlloyDB with a customer-managed encryption key (CMEK) in Cloud KMS.";
            case "azure" -> "At rest: Azure Database with a customer-managed key in Key Vault (data encryption with CMK).";
            default -> "At rest: encrypted volumes (LUKS/dm-crypt) on every database and backup host; encrypted backup repository.";
        });
        e.add("In transit: `ssl = on`, `ssl_min_protocol_version = 'TLSv1.2'`, only `hostssl … scram-sha-256` lines in pg_hba.conf; clients use `sslmode=verify-full`.");
        if (r.compliance().has("PCI-DSS")) {
            e.add("PCI DSS: store no card numbers; keep the payment provider's token only. Anything in scope gets column encryption with keys outside the database.");
        }
        if (r.compliance().has("HIPAA")) {
            e.add("HIPAA: PHI columns are candidates for column-level encryption (pgcrypto or application-side) on top of volume encryption.");
        }
        return e;
    }

    private static List<String> auditing(Requirements r) {
        List<String> a = new ArrayList<>();
        boolean strict = r.compliance().has("SOX") || r.compliance().has("HIPAA") || r.compliance().has("PCI-DSS");
        a.add("pgaudit: `shared_preload_libraries = 'pgaudit'`, `pgaudit.log = '" + (strict ? "ddl, role, write" : "ddl, role")
                + "'`, `pgaudit.log_parameter = off` (parameters may carry personal data).");
        if (r.compliance().auditTrail() || !r.domain().personalDataEntities().isEmpty()) {
            a.add("Reads of personal data: object audit with `pgaudit.role = 'auditor'`; SELECT on personal tables is logged because auditor holds SELECT on them.");
        }
        a.add("`log_connections = on`, `log_disconnections = on`; ship logs to write-once storage outside the database account, kept as long as the longest retention period.");
        a.add("MySQL equivalent: the audit_log plugin (Enterprise) or Percona's audit plugin; `require_secure_transport = ON`.");
        return a;
    }

    private static List<String> secrets(Requirements r) {
        return List.of(
                "Credentials live in the secrets manager and reach services at start; never in code, images, logs or answers.",
                "Rotate every %d days with two login roles per service (blue/green): create the new password on the idle role, switch, then retire the old one."
                        .formatted(r.compliance().regimes().isEmpty() ? 90 : 30),
                r.platform().provider().map(p -> "Prefer short-lived IAM database authentication tokens (" + p + ") for people and batch jobs.")
                        .orElse("Prefer short-lived certificates or Kerberos for people and batch jobs."));
    }

    private static String markdown(SecurityDesign d) {
        StringBuilder md = new StringBuilder("### Roles\n\n| role | for | privileges |\n|---|---|---|\n");
        d.roles().forEach(x -> md.append("| ").append(x.name()).append(" | ").append(x.purpose()).append(" | ")
                .append(x.privileges()).append(" |\n"));
        md.append("\nThe GRANT script is `security/grants.sql`.\n\n### Encryption\n\n");
        d.encryption().forEach(x -> md.append("- ").append(x).append('\n'));
        md.append("\n### Auditing\n\n");
        d.auditing().forEach(x -> md.append("- ").append(x).append('\n'));
        md.append("\n### Secrets\n\n");
        d.secrets().forEach(x -> md.append("- ").append(x).append('\n'));
        return md.toString();
    }
}

package io.dbarch.agent.offline;

import io.dbarch.agent.tools.DesignSectionTools;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request for least-privilege roles in prose ("create least-privilege roles for our app, a migration user and
 * analysts"): the security section is written, its grant script stored as an artifact and read back into the answer.
 */
final class RolesRequest {

    static final String GRANTS = "grants.sql";

    private static final Pattern ROLES = Pattern.compile("(?i)\\b(?:roles?|rbac|grants?|least[- ]privilege|"
            + "permissions?|privileges?)\\b");

    private RolesRequest() {
    }

    /** True when the text asks for roles and grants to be written, not about them. */
    static boolean requested(String text) {
        return ROLES.matcher(text).find() && Wording.asksToProduce(text);
    }

    static Optional<ToolCall> readNext(Conversation c) {
        return SectionFiles.readNext(c, GRANTS);
    }

    static String compose(Conversation c) {
        Optional<String> failed = SectionFiles.failure(c, "the roles");
        if (failed.isPresent()) {
            return failed.get();
        }
        String text = c.result(DesignSectionTools.DESIGN_SECTION).orElseThrow().text();
        int roles = text.indexOf("### Roles");
        int after = roles < 0 ? -1 : text.indexOf("\n### ", roles + 1);
        String table = roles < 0 ? text : text.substring(roles + "### Roles".length(), after < 0 ? text.length() : after);
        return new Sections()
                .section("Summary", "Least-privilege roles: group roles hold the privileges and cannot log in; each "
                        + "service or person gets its own LOGIN role as a member, with its password in the secrets "
                        + "manager." + table.replace("The GRANT script is `security/grants.sql`.", "").stripTrailing())
                .section("Deliverables", SectionFiles.read(c).map(sql -> "```sql\n" + sql.strip() + "\n```")
                        .orElse(""))
                .section("Trade-offs and alternatives", "Column-level grants keep analysts away from personal data "
                        + "but must be reviewed for every new column; views that expose only what a consumer needs "
                        + "are easier to review. Default privileges make tables created by later migrations inherit "
                        + "the grants, so no migration has to remember them.")
                .section("Risks", "A login role shared by several services hides who did what and cannot be "
                        + "rotated alone; an application connecting as the migrator (the owner) can drop tables; a "
                        + "grant to PUBLIC undoes the rest.")
                .numbered("Next steps", List.of(
                        "Attach requirements with the domain model (YAML; personal columns marked) to get the grants "
                                + "per table and the analyst's column list without personal columns.",
                        "Run the script as the schema owner after the first migration, then create one LOGIN role "
                                + "per service or person: CREATE ROLE svc_orders LOGIN IN ROLE app_rw;",
                        "Ask for the full security section (encryption, auditing, secrets rotation): it is the "
                                + "design-security.md artifact."))
                .build();
    }
}

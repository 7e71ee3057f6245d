package io.dbarch.knowledge.design.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Samples;
import io.dbarch.knowledge.design.schema.SchemaDesigner;
import org.junit.jupiter.api.Test;

class SecurityDesignerTest {

    private static SecurityDesign design(Requirements r) {
        return new SecurityDesigner().design(r, new SchemaDesigner().design(r).data()).data();
    }

    @Test
    void should_grant_least_privilege_per_role_when_the_schema_is_known() {
        // when
        String grants = design(Samples.requirements(Samples.SAAS)).grantScript();

        // then
        assertThat(grants).contains("CREATE ROLE app_rw NOLOGIN;", "REVOKE ALL ON SCHEMA public FROM PUBLIC;",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON task TO app_rw;",
                "GRANT SELECT, INSERT ON activity_event TO app_rw;",
                "GRANT SELECT, INSERT ON invoice TO app_rw;",
                "ALTER DEFAULT PRIVILEGES FOR ROLE migrator");
        assertThat(grants).contains("GRANT SELECT (id, tenant_id, role, last_login_at, created_at, updated_at) ON app_user TO analyst;");
        assertThat(grants).doesNotContain("PASSWORD").doesNotContain("SUPERUSER");
    }

    @Test
    void should_write_only_valid_statements_when_no_table_is_designed_yet() {
        // when: requirements without a domain model
        String grants = design(Samples.yaml("name: X")).grantScript();

        // then: roles and default privileges, and no GRANT with an empty table list
        assertThat(grants).contains("CREATE ROLE app_ro NOLOGIN;", "ALTER DEFAULT PRIVILEGES FOR ROLE migrator",
                "No table is designed yet").doesNotContain(" ON  TO").doesNotContain("GRANT SELECT ()");
    }

    @Test
    void should_add_an_eraser_role_when_erasure_applies_and_none_otherwise() {
        // then
        assertThat(design(Samples.requirements(Samples.SAAS)).grantScript()).contains("CREATE ROLE eraser NOLOGIN;",
                "GRANT SELECT, UPDATE (actor_id) ON activity_event TO eraser;");
        assertThat(design(Samples.yaml("name: X\ncompliance: {regimes: [SOX]}")).grantScript()).doesNotContain("eraser");
    }

    @Test
    void should_describe_encryption_per_platform_and_pci_scope_when_regulated() {
        // when
        SecurityDesign d = design(Samples.requirements(Samples.ANALYTICS));

        // then
        assertThat(d.encryption()).anySatisfy(e -> assertThat(e).contains("customer-managed KMS key"));
        assertThat(d.encryption()).anySatisfy(e -> assertThat(e).startsWith("PCI DSS: store no card numbers"));
        assertThat(d.auditing()).anySatisfy(a -> assertThat(a).contains("pgaudit.log = 'ddl, role, write'"));
        assertThat(d.secrets()).anySatisfy(s -> assertThat(s).contains("every 30 days"));
    }

    @Test
    void should_use_volume_encryption_and_ninety_day_rotation_when_on_premises_and_unregulated() {
        // when
        SecurityDesign d = design(Samples.yaml("name: X\nplatform: {hosting: on-prem}"));

        // then
        assertThat(d.encryption().get(0)).contains("LUKS");
        assertThat(d.secrets()).anySatisfy(s -> assertThat(s).contains("every 90 days"));
    }
}

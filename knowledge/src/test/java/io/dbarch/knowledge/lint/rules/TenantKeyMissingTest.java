package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantKeyMissingTest {

    @Test
    void should_flag_when_comment_table_lacks_tenant_id() {
        // given
        String sql = """
                CREATE TABLE tenant (id bigint PRIMARY KEY);
                CREATE TABLE project (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenant);
                CREATE TABLE task (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenant, project_id bigint REFERENCES project);
                CREATE TABLE label (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenant);
                CREATE TABLE task_comment (id bigint PRIMARY KEY, task_id bigint REFERENCES task);
                """;

        // when
        List<Finding> findings = LintTester.schema("tenant-key-missing", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("tenant key tenant_id");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_every_business_table_has_tenant_id() {
        // given
        String sql = """
                CREATE TABLE tenant (id bigint PRIMARY KEY);
                CREATE TABLE project (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenant);
                CREATE TABLE task (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenant, project_id bigint REFERENCES project);
                CREATE TABLE label (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenant);
                CREATE TABLE country (code text PRIMARY KEY);
                """;

        // when
        List<Finding> findings = LintTester.schema("tenant-key-missing", sql);

        // then
        assertThat(findings).isEmpty();
    }
}

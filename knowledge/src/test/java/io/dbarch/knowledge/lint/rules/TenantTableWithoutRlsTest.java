package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantTableWithoutRlsTest {

    @Test
    void should_flag_when_one_tenant_table_without_rls() {
        // given
        String sql = """
                CREATE TABLE tenant (id bigint PRIMARY KEY);
                CREATE TABLE project (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenant);
                CREATE TABLE task (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenant, project_id bigint REFERENCES project);
                CREATE TABLE label (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenant);
                ALTER TABLE project ENABLE ROW LEVEL SECURITY;
                ALTER TABLE task ENABLE ROW LEVEL SECURITY;
                """;

        // when
        List<Finding> findings = LintTester.schema("tenant-table-without-rls", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("label");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_rls_not_in_use() {
        // given
        String sql = """
                CREATE TABLE tenant (id bigint PRIMARY KEY);
                CREATE TABLE project (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenant);
                CREATE TABLE task (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenant, project_id bigint REFERENCES project);
                CREATE TABLE label (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenant);
                
                """;

        // when
        List<Finding> findings = LintTester.schema("tenant-table-without-rls", sql);

        // then
        assertThat(findings).isEmpty();
    }
}

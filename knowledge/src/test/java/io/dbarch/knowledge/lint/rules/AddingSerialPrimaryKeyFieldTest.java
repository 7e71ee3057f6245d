package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddingSerialPrimaryKeyFieldTest {

    @Test
    void should_flag_when_primary_key_added_to_existing_table() {
        // given
        String before = """
                CREATE TABLE audit (at timestamptz, id bigint NOT NULL);
                """;
        String sql = """
                ALTER TABLE audit ADD PRIMARY KEY (id);
                """;

        // when
        List<Finding> findings = LintTester.flyway("adding-serial-primary-key-field", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("ACCESS EXCLUSIVE");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_primary_key_added_using_index() {
        // given
        String before = """
                CREATE TABLE audit (at timestamptz, id bigint NOT NULL);
                """;
        String sql = """
                ALTER TABLE audit ADD CONSTRAINT audit_pkey PRIMARY KEY USING INDEX audit_id_idx;
                """;

        // when
        List<Finding> findings = LintTester.flyway("adding-serial-primary-key-field", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}

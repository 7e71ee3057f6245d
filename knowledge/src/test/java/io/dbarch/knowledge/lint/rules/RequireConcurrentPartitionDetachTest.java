package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireConcurrentPartitionDetachTest {

    @Test
    void should_flag_when_detach_without_concurrently() {
        // given
        String before = """
                CREATE TABLE measurement (at date NOT NULL) PARTITION BY RANGE (at);
                CREATE TABLE measurement_2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                """;
        String sql = """
                ALTER TABLE measurement DETACH PARTITION measurement_2024;
                """;

        // when
        List<Finding> findings = LintTester.flyway("require-concurrent-partition-detach", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("ACCESS EXCLUSIVE");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_detach_concurrently() {
        // given
        String before = """
                CREATE TABLE measurement (at date NOT NULL) PARTITION BY RANGE (at);
                CREATE TABLE measurement_2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                """;
        String sql = """
                ALTER TABLE measurement DETACH PARTITION measurement_2024 CONCURRENTLY;
                """;

        // when
        List<Finding> findings = LintTester.flyway("require-concurrent-partition-detach", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}

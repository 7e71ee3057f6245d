package io.dbarch.knowledge.design.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintReport;
import io.dbarch.knowledge.lint.LintRequest;
import io.dbarch.knowledge.lint.Linter;
import io.dbarch.knowledge.lint.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated first migration passes the project's linter with no error-level finding. */
class GeneratedDdlLintTest {

    @ParameterizedTest
    @ValueSource(strings = {Samples.SAAS, Samples.ANALYTICS})
    void should_have_no_error_level_finding_when_the_generated_migration_is_linted(String sample) {
        // given
        String ddl = new SchemaDesigner().design(Samples.requirements(sample)).data().postgresql();

        // when
        LintReport report = Linter.standard().lint(LintRequest.of("V1__initial_schema.sql", ddl));

        // then
        report.findings().forEach(f -> System.out.println("lint " + sample + ": " + f.asLine()));
        assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::asLine).isEmpty();
    }
}

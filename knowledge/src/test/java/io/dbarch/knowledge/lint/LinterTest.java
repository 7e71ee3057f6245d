package io.dbarch.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The runner: rule isolation, suppressions, migration context, severities, outputs and exit codes. */
class LinterTest {

    private static final String TIMESTAMP_TABLE = """
            CREATE TABLE visit (id bigint PRIMARY KEY, at timestamp);
            """;

    /** A rule that always throws. */
    private static final class Broken implements LintRule {
        @Override public String id() { return "broken-rule"; }
        @Override public RuleFamily family() { return RuleFamily.DESIGN; }
        @Override public Severity defaultSeverity() { return Severity.WARNING; }
        @Override public RuleScope scope() { return RuleScope.MODEL; }
        @Override public String summary() { return "Always fails."; }
        @Override public List<Finding> check(LintContext context) { throw new IllegalStateException("boom"); }
    }

    @Test
    void should_report_internal_error_and_keep_other_findings_when_a_rule_throws() {
        // given
        List<LintRule> rules = new java.util.ArrayList<>(io.dbarch.knowledge.lint.rules.Rules.all());
        rules.add(0, new Broken());
        // when
        LintReport report = new Linter(rules).lint(LintRequest.of("s.sql", TIMESTAMP_TABLE));
        // then
        assertThat(report.findings()).anyMatch(f -> f.ruleId().equals("internal-error")
                && f.message().contains("broken-rule") && f.message().contains("boom"));
        assertThat(report.findings()).anyMatch(f -> f.ruleId().equals("prefer-timestamptz"));
    }

    @Test
    void should_suppress_finding_when_statement_has_ignore_comment() {
        // given
        String sql = """
                -- dbarch-ignore prefer-timestamptz (legacy column, app converts to UTC)
                CREATE TABLE visit (id bigint PRIMARY KEY, at timestamp);
                CREATE TABLE other (id bigint PRIMARY KEY, at timestamp);
                """;
        // when
        LintReport report = Linter.standard().lint(LintRequest.of("s.sql", sql));
        // then
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("prefer-timestamptz"))
                .extracting(f -> f.location().object()).containsExactly("public.other.at");
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("unused-suppression"));
    }

    @Test
    void should_suppress_whole_file_and_report_unused_suppression_when_file_comment_is_present() {
        // given
        String sql = """
                -- dbarch-ignore-file prefer-timestamptz
                CREATE TABLE visit (id bigint PRIMARY KEY, at timestamp);
                -- dbarch-ignore ban-money-type, no-such-rule
                CREATE TABLE other (id bigint PRIMARY KEY, at timestamp);
                """;
        // when
        LintReport report = Linter.standard().lint(LintRequest.of("s.sql", sql));
        // then
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("prefer-timestamptz"));
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("unused-suppression"))
                .extracting(Finding::message).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("ban-money-type"))
                .anySatisfy(m -> assertThat(m).contains("'no-such-rule'"));
    }

    @Test
    void should_judge_each_migration_against_earlier_ones_when_linting_flyway_files() {
        // given
        List<LintUnit> units = List.of(
                LintUnit.of("V1__init.sql", "CREATE TABLE account (id bigint PRIMARY KEY);\n"
                        + "ALTER TABLE account ADD COLUMN email text NOT NULL;"),
                LintUnit.of("V2__email.sql", "ALTER TABLE account ADD COLUMN phone text NOT NULL;"));
        LintRequest request = new LintRequest(units, Optional.empty(), LintMode.AUTO, LintConfig.defaults());
        // when
        LintReport report = Linter.standard().lint(request);
        // then
        assertThat(report.mode()).isEqualTo(LintMode.MIGRATION);
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("adding-required-field"))
                .extracting(f -> f.location().file()).containsExactly("V2__email.sql");
    }

    @Test
    void should_leave_out_migration_rules_when_linting_a_schema_dump() {
        // given
        String dump = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text);
                CREATE INDEX account_email_idx ON account (email);
                ALTER TABLE account ADD CONSTRAINT account_email_check CHECK (email <> '');
                """;
        // when
        LintReport report = Linter.standard().lint(LintRequest.of("dump.sql", dump));
        // then
        assertThat(report.mode()).isEqualTo(LintMode.SCHEMA);
        assertThat(report.rules()).noneMatch(r -> r.family() == RuleFamily.MIGRATION
                && report.countsByRule().containsKey(r.id()));
        assertThat(report.countsByRule()).doesNotContainKeys("require-concurrent-index-creation",
                "constraint-missing-not-valid", "prefer-robust-stmts");
    }

    @Test
    void should_apply_configured_severity_and_exit_code_when_fail_on_is_given() {
        // given
        LintConfig config = LintConfig.defaults().with("prefer-timestamptz", RuleSetting.at(Severity.ERROR))
                .with("require-primary-key", RuleSetting.off());
        LintRequest request = LintRequest.of("s.sql", "CREATE TABLE visit (at timestamp);").withConfig(config);
        // when
        LintReport report = Linter.standard().lint(request);
        // then
        assertThat(report.findings()).anyMatch(f -> f.ruleId().equals("prefer-timestamptz")
                && f.severity() == Severity.ERROR);
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("require-primary-key"));
        assertThat(report.exitCode(Severity.ERROR)).isEqualTo(1);
        assertThat(Linter.standard().lint(LintRequest.of("ok.sql", "CREATE TABLE ok_table (id bigint PRIMARY KEY);"))
                .exitCode(Severity.WARNING)).isZero();
    }

    @Test
    void should_render_text_and_json_with_locations_when_report_has_findings() throws Exception {
        // given
        LintReport report = Linter.standard().lint(LintRequest.of("s.sql", TIMESTAMP_TABLE));
        // when
        String text = report.toText();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toJson());
        // then
        assertThat(text).contains("s.sql:1:").contains(" warning prefer-timestamptz ").contains("  help: ");
        assertThat(json.path("findings").get(0).path("location").path("line").asInt()).isEqualTo(1);
        assertThat(json.path("summary").path("findings").asInt()).isEqualTo(report.findings().size());
    }

    @Test
    void should_keep_linting_and_list_diagnostics_when_a_statement_is_malformed() {
        // given
        String sql = """
                CREATE TABLE broken (id bigint PRIMARY KEY,, oops);
                CREATE TABLE visit (id bigint PRIMARY KEY, at timestamp);
                """;
        // when
        LintReport report = Linter.standard().lint(LintRequest.of("s.sql", sql).withDialect(Dialect.POSTGRESQL));
        // then
        assertThat(report.diagnostics()).isNotEmpty();
        assertThat(report.findings()).anyMatch(f -> f.ruleId().equals("prefer-timestamptz"));
        assertThat(report.toText()).contains("unreadable-statement");
    }

    @Test
    void should_expose_structured_location_when_agent_reads_a_finding() {
        // given
        LintReport report = Linter.standard().lint(LintRequest.of("s.sql", TIMESTAMP_TABLE));
        // when
        Finding f = report.findings().stream().filter(x -> x.ruleId().equals("prefer-timestamptz")).findFirst()
                .orElseThrow();
        // then
        assertThat(f.location()).isEqualTo(Location.of(SourceLocation.of("s.sql", 1, 44), "public.visit.at"));
    }
}

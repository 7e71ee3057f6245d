package io.dbarch.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbarch.knowledge.lint.rules.Rules;
import org.junit.jupiter.api.Test;

class LintConfigLoaderTest {

    private final LintConfigLoader loader = new LintConfigLoader(Rules.all().stream().map(LintRule::id).toList());

    @Test
    void should_read_rules_naming_and_dictionaries_when_config_is_valid() {
        // given
        String yaml = """
                rules:
                  prefer-text-field: off
                  require-primary-key: error
                  ban-drop-column: { severity: info }
                naming: { case: camelCase, tables: plural }
                sensitive-data: { additional-patterns: [nhs_number] }
                tenancy: { columns: [org_id], min-share: 0.5 }
                design: { max-columns: 30 }
                migrations: { assume-in-transaction: true }
                """;
        // when
        LintConfig config = loader.parse(yaml, ".dbarch.yml");
        // then
        assertThat(config.setting("prefer-text-field")).contains(RuleSetting.off());
        assertThat(config.setting("require-primary-key")).contains(RuleSetting.at(Severity.ERROR));
        assertThat(config.setting("ban-drop-column")).contains(RuleSetting.at(Severity.INFO));
        assertThat(config.naming().caseStyle()).isEqualTo("camelCase");
        assertThat(config.sensitivePatterns()).contains("ssn", "nhs_number");
        assertThat(config.tenantColumns()).containsExactly("org_id");
        assertThat(config.maxColumns()).isEqualTo(30);
        assertThat(config.assumeInTransaction()).isTrue();
    }

    @Test
    void should_name_unknown_rule_and_suggest_when_id_is_misspelt() {
        assertThatThrownBy(() -> loader.parse("rules:\n  prefer-timestamp-z: off\n", ".dbarch.yml"))
                .isInstanceOf(LintConfigException.class)
                .hasMessageContaining(".dbarch.yml").hasMessageContaining("'prefer-timestamp-z'")
                .hasMessageContaining("did you mean 'prefer-timestamptz'");
    }

    @Test
    void should_name_unknown_key_and_bad_value_when_config_is_wrong() {
        assertThatThrownBy(() -> loader.parse("nameing: {}\n", "c.yml")).hasMessageContaining("unknown key 'nameing'");
        assertThatThrownBy(() -> loader.parse("naming: {kase: snake_case}\n", "c.yml"))
                .hasMessageContaining("'naming.kase'");
        assertThatThrownBy(() -> loader.parse("rules: {ban-drop-table: loud}\n", "c.yml"))
                .hasMessageContaining("'loud'").hasMessageContaining("off, on, error, warning or info");
        assertThatThrownBy(() -> loader.parse("design: {max-columns: -3}\n", "c.yml"))
                .hasMessageContaining("max-columns");
        assertThatThrownBy(() -> loader.parse("rules: [a, b\n", "c.yml")).hasMessageContaining("not valid YAML");
    }

    @Test
    void should_use_defaults_when_file_is_empty() {
        assertThat(loader.parse("", "c.yml")).isEqualTo(LintConfig.defaults());
    }
}

package io.dbarch.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.rules.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry: ids unique, kebab-case, documented; at least 45 rules covering every family. */
class RuleCatalogTest {

    private static Path docs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/rules"))) {
                return dir.resolve("docs/rules");
            }
        }
        throw new IllegalStateException("docs/rules not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void should_have_unique_kebab_case_ids_when_listing_all_rules() {
        // given
        List<String> ids = new ArrayList<>(Rules.all().stream().map(LintRule::id).toList());
        ids.addAll(Rules.META_IDS);
        // when
        Set<String> unique = new HashSet<>(ids);
        // then
        assertThat(unique).hasSameSizeAs(ids);
        assertThat(ids).allMatch(id -> id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)+"), "kebab-case");
    }

    @Test
    void should_document_every_rule_when_docs_rules_is_read() throws Exception {
        // given
        Path docs = docs();
        List<String> ids = new ArrayList<>(Rules.all().stream().map(LintRule::id).toList());
        ids.addAll(Rules.META_IDS);
        // then
        for (String id : ids) {
            Path page = docs.resolve(id + ".md");
            assertThat(page).as("doc page for " + id).exists();
            String text = Files.readString(page);
            assertThat(text).as(id).startsWith("# " + id).contains("## Problem").contains("## Why it matters")
                    .contains("## How to fix").contains("## Example");
        }
    }

    @Test
    void should_have_at_least_45_rules_with_a_summary_when_counted_by_family() {
        // given
        List<LintRule> rules = Rules.all();
        // when
        Map<RuleFamily, Long> byFamily = rules.stream().collect(Collectors.groupingBy(LintRule::family,
                Collectors.counting()));
        // then
        assertThat(rules).hasSizeGreaterThanOrEqualTo(45);
        assertThat(byFamily.keySet()).contains(RuleFamily.DESIGN, RuleFamily.TYPES, RuleFamily.NAMING,
                RuleFamily.MIGRATION, RuleFamily.MYSQL, RuleFamily.SECURITY);
        assertThat(rules).allMatch(r -> !r.summary().isBlank() && !r.dialects().isEmpty());
    }

    @Test
    void should_have_a_test_class_for_every_rule_when_sources_are_listed() {
        // given
        Path tests = docs().getParent().getParent()
                .resolve("knowledge/src/test/java/io/dbarch/knowledge/lint/rules");
        // then
        for (LintRule rule : Rules.all()) {
            assertThat(tests.resolve(rule.getClass().getSimpleName() + "Test.java")).exists();
        }
    }
}

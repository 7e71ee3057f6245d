package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class EscalationsTest {

    @Test
    void should_have_at_least_twelve_rules_with_unique_kebab_case_ids_when_registry_is_listed() {
        // when
        var ids = Escalations.all().stream().map(EscalationRule::id).toList();

        // then
        assertThat(ids).hasSizeGreaterThanOrEqualTo(12);
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)+"));
        assertThat(Escalations.rule("rpo-vs-backup-interval")).isPresent();
    }

    @Test
    void should_raise_nothing_when_requirements_are_modest_and_compatible() {
        // given
        var r = Samples.yaml("""
                name: Small shop
                domain: {entities: [{name: customer, attributes: [{name: email, type: email}]}]}
                slas: {availabilityPercent: 99.9, rpoSeconds: 60, rtoMinutes: 60, regions: [eu-west-1]}
                compliance: {regimes: [GDPR], dataResidency: [EU]}
                platform: {backup: {retentionDays: 28}}
                """);

        // then
        assertThat(Escalations.evaluate(r)).isEmpty();
    }

    @Test
    void should_order_blockers_before_warnings_when_both_are_raised() {
        // given
        var r = Samples.yaml("""
                name: Conflicted
                domain: {entities: [{name: customer, attributes: [{name: email, type: email}]}]}
                slas: {availabilityPercent: 99.99, rtoMinutes: 240, regions: [eu-west-1, us-east-1]}
                compliance: {regimes: [GDPR], dataResidency: [EU]}
                """);

        // when
        var escalations = Escalations.evaluate(r);

        // then
        assertThat(escalations).extracting(Escalation::ruleId)
                .containsExactly("residency-cross-region-replica", "erasure-vs-backup-retention",
                        "rto-exceeds-downtime-budget");
    }

    @Test
    void should_render_markdown_with_quotes_options_and_deciders_when_an_escalation_is_raised() {
        // given
        var r = Samples.yaml("name: X\ntenancy: {tenants: 40, model: shared-schema, isolation: dedicated}");

        // when
        String md = Escalations.evaluate(r).get(0).markdown();

        // then
        assertThat(md).startsWith("### BLOCKER: ").contains("- `tenancy.isolation: dedicated`", "| option | trade-off |",
                "**Who decides:** product, compliance, security.");
    }
}

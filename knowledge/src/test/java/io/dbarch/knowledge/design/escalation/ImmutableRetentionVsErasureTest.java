package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class ImmutableRetentionVsErasureTest {

    private final EscalationRule rule = new ImmutableRetentionVsErasure();

    private static final String DOMAIN = """
            domain:
              entities:
                - name: patient
                  attributes: [{name: full_name, type: string(200), personal: true}]
                - name: consent_record
                  attributes: [{name: signed_name, type: string(200), personal: %s}, {name: scope, type: text}]
              relationships:
                - {from: consent_record, to: patient, kind: many-to-one, required: %s}
            """;

    @Test
    void should_flag_when_immutable_rows_hold_personal_data_and_erasure_applies() {
        // given
        var r = Samples.yaml("name: X\n" + DOMAIN.formatted("true", "false") + """
                compliance: {regimes: [GDPR], retention: [{entity: consent_record, years: 6, immutable: true}]}
                """);

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.conflicting()).contains("compliance.rightToErasure: true (default, not stated)",
                "compliance.retention[consent_record]: 6 years, immutable");
        assertThat(e.why()).contains("holds personal data (signed_name)").doesNotContain("requires a reference");
        assertThat(e.options()).anySatisfy(o -> assertThat(o.choice()).startsWith("Crypto-shredding"));
    }

    @Test
    void should_flag_when_immutable_rows_require_a_reference_to_a_person() {
        // given
        var r = Samples.yaml("name: X\n" + DOMAIN.formatted("false", "true") + """
                compliance: {rightToErasure: true, retention: [{entity: consent_record, years: 6, immutable: true}]}
                """);

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.why()).contains("requires a reference to patient");
    }

    @Test
    void should_accept_when_immutable_rows_hold_no_personal_data() {
        // given
        var r = Samples.yaml("name: X\n" + DOMAIN.formatted("false", "false") + """
                compliance: {rightToErasure: true, retention: [{entity: consent_record, years: 6, immutable: true}]}
                """);

        // then
        assertThat(rule.check(r)).isEmpty();
    }

    @Test
    void should_accept_when_retention_of_personal_data_is_not_immutable() {
        // given
        var r = Samples.yaml("name: X\n" + DOMAIN.formatted("true", "true") + """
                compliance: {rightToErasure: true, retention: [{entity: consent_record, years: 6}]}
                """);

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}

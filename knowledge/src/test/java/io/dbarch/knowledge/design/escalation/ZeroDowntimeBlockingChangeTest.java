package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class ZeroDowntimeBlockingChangeTest {

    private final EscalationRule rule = new ZeroDowntimeBlockingChange();
    private static final String DOMAIN = """
            domain: {entities: [{name: order_line, rows: 200000000, attributes: [{name: quantity, type: integer}]}]}
            """;

    @Test
    void should_flag_lock_minutes_when_a_type_change_must_not_block() {
        // given
        var r = Samples.yaml("name: X\n" + DOMAIN + """
                slas: {zeroDowntime: true}
                changes: [{description: quantity to bigint, entity: order_line, kind: change-column-type}]
                """);

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.conflicting()).contains("slas.zeroDowntime: true",
                "changes: change-column-type — quantity to bigint");
        assertThat(e.why()).contains("rewrites order_line", "ACCESS EXCLUSIVE", "minutes at 100 GB/h");
    }

    @Test
    void should_accept_when_the_change_has_an_online_technique() {
        // given
        var r = Samples.yaml("name: X\n" + DOMAIN + """
                slas: {zeroDowntime: true}
                changes: [{description: index by quantity, entity: order_line, kind: add-index}]
                """);

        // then
        assertThat(rule.check(r)).isEmpty();
    }

    @Test
    void should_accept_when_a_maintenance_window_is_allowed() {
        // given
        var r = Samples.yaml("name: X\n" + DOMAIN + """
                slas: {zeroDowntime: false}
                changes: [{description: quantity to bigint, entity: order_line, kind: change-column-type}]
                """);

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}

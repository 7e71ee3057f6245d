package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class SharedTenancyVsDedicatedIsolationTest {

    private final EscalationRule rule = new SharedTenancyVsDedicatedIsolation();

    @Test
    void should_flag_when_shared_schema_meets_a_dedicated_isolation_mandate() {
        // given
        var r = Samples.yaml("name: X\ntenancy: {tenants: 40, model: shared-schema, isolation: dedicated}");

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.conflicting()).containsExactly("tenancy.model: shared-schema", "tenancy.isolation: dedicated",
                "tenancy.tenants: 40");
        assertThat(e.deciders()).contains(Escalation.Decider.COMPLIANCE, Escalation.Decider.SECURITY);
    }

    @Test
    void should_flag_when_schema_per_tenant_meets_a_dedicated_isolation_mandate() {
        // given
        var r = Samples.yaml("name: X\ntenancy: {tenants: 40, model: schema-per-tenant, isolation: dedicated}");

        // then
        assertThat(rule.check(r).orElseThrow().why()).contains("same database, files, WAL stream and backups");
    }

    @Test
    void should_accept_when_each_tenant_gets_its_own_database() {
        // given
        var r = Samples.yaml("name: X\ntenancy: {tenants: 40, model: database-per-tenant, isolation: dedicated}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }

    @Test
    void should_accept_when_logical_isolation_is_enough() {
        // given
        var r = Samples.yaml("name: X\ntenancy: {tenants: 40, model: shared-schema, isolation: logical}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}

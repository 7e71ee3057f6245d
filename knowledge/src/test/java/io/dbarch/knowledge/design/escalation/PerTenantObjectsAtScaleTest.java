package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class PerTenantObjectsAtScaleTest {

    private final EscalationRule rule = new PerTenantObjectsAtScale();
    private static final String DOMAIN = "domain: {entities: [{name: tenant}, {name: project}, {name: task}, {name: note}]}\n";

    @Test
    void should_flag_catalog_and_migration_cost_when_schemas_per_tenant_exceed_the_limit() {
        // given
        var r = Samples.yaml("name: X\n" + DOMAIN + "tenancy: {tenants: 5000, model: schema-per-tenant}");

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.why()).contains("5,000 tenants × 4 tables", "60,000 catalog relations", "2.8 hours");
    }

    @Test
    void should_flag_when_databases_per_tenant_exceed_the_limit() {
        // given
        var r = Samples.yaml("name: X\n" + DOMAIN + "tenancy: {tenants: 800, model: database-per-tenant}");

        // then
        assertThat(rule.check(r).orElseThrow().why()).contains("connection pool");
    }

    @Test
    void should_accept_when_schema_per_tenant_serves_few_tenants() {
        // given
        var r = Samples.yaml("name: X\n" + DOMAIN + "tenancy: {tenants: 120, model: schema-per-tenant}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }

    @Test
    void should_accept_when_many_tenants_share_a_schema() {
        // given
        var r = Samples.yaml("name: X\n" + DOMAIN + "tenancy: {tenants: 50000, model: shared-schema}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}

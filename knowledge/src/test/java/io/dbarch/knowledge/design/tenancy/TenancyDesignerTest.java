package io.dbarch.knowledge.design.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import io.dbarch.knowledge.design.Tenancy;
import io.dbarch.knowledge.design.schema.SchemaDesigner;
import org.junit.jupiter.api.Test;

class TenancyDesignerTest {

    @Test
    void should_recommend_shared_schema_with_rls_and_tenant_indexes_when_tenants_are_many() {
        // given
        var r = Samples.requirements(Samples.SAAS);

        // when
        TenancyDesign d = new TenancyDesigner().design(r, new SchemaDesigner().design(r).data()).data();

        // then
        assertThat(d.recommendation().orElseThrow().model()).isEqualTo(Tenancy.Model.SHARED_SCHEMA);
        assertThat(d.comparison()).hasSize(3);
        assertThat(d.policies()).contains("task: task_tenant_isolation");
        assertThat(d.tenantIndexes()).allMatch(i -> i.contains("(tenant_id"));
    }

    @Test
    void should_recommend_database_per_tenant_when_few_tenants_need_dedicated_storage() {
        // given
        var r = Samples.yaml("name: X\ntenancy: {tenants: 30, isolation: dedicated}");

        // then
        assertThat(TenancyAdvisor.recommend(r).orElseThrow().model()).isEqualTo(Tenancy.Model.DATABASE_PER_TENANT);
    }

    @Test
    void should_recommend_hybrid_when_one_tenant_dominates() {
        // given
        var r = Samples.yaml("name: X\ntenancy: {tenants: 400, largestTenantPercent: 35}");

        // when
        var rec = TenancyAdvisor.recommend(r).orElseThrow();

        // then
        assertThat(rec.model()).isEqualTo(Tenancy.Model.SHARED_SCHEMA);
        assertThat(rec.hybrid()).isTrue();
        assertThat(rec.reasons()).anySatisfy(x -> assertThat(x).contains("35%"));
    }

    @Test
    void should_recommend_schema_per_tenant_when_few_tenants_need_their_own_restore() {
        // given
        var r = Samples.yaml("name: X\ntenancy: {tenants: 40, perTenantRestore: true}");

        // then
        assertThat(TenancyAdvisor.recommend(r).orElseThrow().model()).isEqualTo(Tenancy.Model.SCHEMA_PER_TENANT);
    }

    @Test
    void should_recommend_nothing_when_single_tenant() {
        // given
        var r = Samples.yaml("name: X");

        // then
        assertThat(TenancyAdvisor.recommend(r)).isEmpty();
        assertThat(new TenancyDesigner().design(r, new SchemaDesigner().design(r).data()).markdown()).startsWith("Single-tenant");
    }
}

package io.dbarch.knowledge.design.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Samples;
import io.dbarch.knowledge.design.schema.SchemaDesigner;
import org.junit.jupiter.api.Test;

class LifecycleDesignerTest {

    private static LifecyclePlan plan(Requirements r) {
        return new LifecycleDesigner().design(r, new SchemaDesigner().design(r).data()).data();
    }

    @Test
    void should_drop_partitions_for_partitioned_tables_and_batch_deletes_for_others_when_retention_is_stated() {
        // when
        LifecyclePlan p = plan(Samples.requirements(Samples.SAAS));

        // then
        assertThat(p.retention()).anySatisfy(x -> {
            assertThat(x.entity()).isEqualTo("activity_event");
            assertThat(x.purgeSql()).contains("DETACH PARTITION activity_event_YYYY_MM CONCURRENTLY");
        });
        assertThat(p.retention()).anySatisfy(x -> {
            assertThat(x.entity()).isEqualTo("invoice");
            assertThat(x.immutable()).isTrue();
            assertThat(x.purgeSql()).contains("interval '120 months'", "LIMIT 10000");
        });
    }

    @Test
    void should_choose_erasure_strategies_by_where_personal_data_lives() {
        // when
        LifecyclePlan p = plan(Samples.requirements(Samples.SAAS));

        // then
        assertThat(p.erasure()).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("app_user");
            assertThat(e.strategy()).startsWith("delete the row after pseudonymising").contains("project.owner_id");
        });
        assertThat(p.erasure()).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("activity_event");
            assertThat(e.strategy()).startsWith("pseudonymise: set actor_id");
        });
    }

    @Test
    void should_crypto_shred_when_write_once_rows_hold_personal_data() {
        // given
        var r = Samples.yaml("""
                name: X
                domain: {entities: [{name: consent, attributes: [{name: signer, type: string(100), personal: true}]}]}
                compliance: {regimes: [GDPR], retention: [{entity: consent, years: 5, immutable: true}]}
                """);

        // then
        assertThat(plan(r).erasure()).singleElement().satisfies(e -> assertThat(e.strategy()).isEqualTo("crypto-shredding"));
    }

    @Test
    void should_skip_held_rows_in_purges_when_legal_hold_is_required() {
        // given
        var r = Samples.yaml("""
                name: X
                domain: {entities: [{name: message}]}
                compliance: {legalHold: true, retention: [{entity: message, years: 3}]}
                """);

        // then
        assertThat(plan(r).retention().get(0).purgeSql()).contains("NOT EXISTS (SELECT 1 FROM legal_hold h");
    }
}

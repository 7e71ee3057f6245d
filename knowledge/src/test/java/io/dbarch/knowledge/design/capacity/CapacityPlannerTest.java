package io.dbarch.knowledge.design.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class CapacityPlannerTest {

    private final CapacityPlanner planner = new CapacityPlanner();

    @Test
    void should_compute_row_width_from_header_alignment_and_columns_when_entity_is_described() {
        // given 24 header + 8 id + 16 audit + 8 fk + 8 timestamp + 4 status = 68 → 72 aligned + 4 line pointer
        var r = Samples.yaml("""
                name: X
                domain:
                  entities:
                    - {name: customer, rows: 1000}
                    - name: purchase_order
                      rows: 1000000
                      attributes: [{name: placed_at, type: timestamp}, {name: state, type: status, values: [a, b]}]
                  relationships: [{from: purchase_order, to: customer, kind: many-to-one}]
                """);

        // when
        var size = SizeModel.of(r, r.domain().entity("purchase_order").orElseThrow(), 0);

        // then
        assertThat(size.rowBytes()).isEqualTo(76);
        assertThat(size.indexes()).isEqualTo(2);
        assertThat(size.tableGb()).isCloseTo(1_000_000 * 76 * 1.15 / 1e9, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void should_project_three_years_at_stated_growth_when_size_is_stated() {
        // given
        var r = Samples.yaml("name: X\nworkload: {dataSizeGb: 100, growthPercentPerYear: 50, peakWritesPerSecond: 100}");

        // when
        CapacityPlan p = planner.plan(r).data();

        // then
        assertThat(p.years()).extracting(CapacityPlan.Year::dataGb).containsExactly(100.0, 150.0, 225.0, 337.5);
        assertThat(p.years().get(3).writesPerSecond()).isEqualTo(337.5);
    }

    @Test
    void should_say_sharding_is_not_needed_with_the_year_it_would_be_when_growth_is_moderate() {
        // when
        CapacityPlan p = planner.plan(Samples.requirements(Samples.SAAS)).data();

        // then
        assertThat(p.sharding().neededWithinThreeYears()).isFalse();
        assertThat(p.sharding().explanation()).startsWith("Sharding is not necessary: the first single-primary limit is reached in about");
    }

    @Test
    void should_say_sharding_is_needed_when_writes_approach_a_single_primary_limit() {
        // given 12,000 writes/s at 30% a year passes 20,000/s in under two years
        var r = Samples.yaml("name: X\nworkload: {peakWritesPerSecond: 12000, growthPercentPerYear: 30, dataSizeGb: 500}");

        // when
        CapacityPlan p = planner.plan(r).data();

        // then
        assertThat(p.sharding().neededWithinThreeYears()).isTrue();
        assertThat(p.sharding().yearsUntilNeeded()).isBetween(1.9, 2.0);
        assertThat(p.sharding().limitingFactor()).startsWith("writes");
    }

    @Test
    void should_recommend_partitioning_for_large_event_tables_and_not_for_small_ones() {
        // when
        CapacityPlan p = planner.plan(Samples.requirements(Samples.SAAS)).data();

        // then
        assertThat(p.partitioning()).anySatisfy(a -> {
            assertThat(a.table()).isEqualTo("activity_event");
            assertThat(a.recommended()).isTrue();
            assertThat(a.key()).startsWith("range on created_at");
        });
        assertThat(p.partitioning()).anySatisfy(a -> {
            assertThat(a.table()).isEqualTo("label");
            assertThat(a.recommended()).isFalse();
        });
    }

    @Test
    void should_size_the_pool_from_littles_law_when_rates_are_known() {
        // given 2,000 statements/s × 5 ms = 10 busy connections
        var r = Samples.yaml("name: X\nworkload: {peakReadsPerSecond: 1800, peakWritesPerSecond: 200, growthPercentPerYear: 0}");

        // when
        CapacityPlan p = planner.plan(r).data();

        // then
        assertThat(p.activeConnections()).isEqualTo(10);
        assertThat(p.poolSize()).isEqualTo(20);
    }
}

package io.dbarch.knowledge.design.runbooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Samples;
import io.dbarch.knowledge.design.capacity.CapacityPlanner;
import io.dbarch.knowledge.design.hadr.HaDrDesigner;
import io.dbarch.knowledge.design.schema.SchemaDesigner;
import org.junit.jupiter.api.Test;

class RunbookWriterTest {

    private static Runbooks write(Requirements r) {
        return new RunbookWriter().write(r, new SchemaDesigner().design(r).data(), new HaDrDesigner().design(r).data(),
                new CapacityPlanner().plan(r).data()).data();
    }

    @Test
    void should_write_four_runbooks_when_building_a_design() {
        // then
        assertThat(write(Samples.requirements(Samples.SAAS)).files()).containsOnlyKeys("failover-drill.md",
                "restore-drill.md", "migration-cutover.md", "load-test.md");
    }

    @Test
    void should_derive_weighted_pgbench_scripts_from_the_query_mix() {
        // when
        Runbooks r = write(Samples.requirements(Samples.SAAS));

        // then
        assertThat(r.pgbenchWeights()).containsEntry("open_tasks_of_a_project.sql", 350).containsEntry("my_tasks.sql", 200);
        assertThat(r.pgbenchScripts().get("open_tasks_of_a_project.sql")).contains("\\set tenant_id random(1, 3000)",
                "SELECT set_config('app.tenant_id', :tenant_id::text, true);",
                "WHERE tenant_id = :tenant_id AND project_id = coalesce((SELECT id FROM project WHERE tenant_id = :tenant_id",
                "AND state = 'open' ORDER BY due_on DESC LIMIT 50;");
        assertThat(r.files().get("load-test.md")).contains("-f loadtest/open_tasks_of_a_project.sql@350", "-R 4600",
                "p99 per script ≤ 50 ms");
    }

    @Test
    void should_use_the_materialized_view_in_the_script_when_an_aggregate_was_denormalised() {
        // then
        assertThat(write(Samples.requirements(Samples.ANALYTICS)).pgbenchScripts().get("revenue_by_product_today.sql"))
                .contains("SELECT * FROM order_line_by_product");
    }

    @Test
    void should_list_the_online_technique_or_escalate_each_planned_change_in_the_cutover() {
        // then
        assertThat(write(Samples.requirements(Samples.ANALYTICS)).files().get("migration-cutover.md"))
                .contains("| change-column-type | no online form: expand/contract or a maintenance window (see escalations) |",
                        "pg_create_restore_point", "lock_timeout");
    }

    @Test
    void should_send_a_single_instance_to_the_restore_drill_when_there_is_no_standby() {
        // given
        var r = Samples.yaml("name: X\nslas: {availabilityPercent: 99.5, rpoSeconds: 900, rtoMinutes: 480}");

        // then
        assertThat(write(r).files().get("failover-drill.md")).contains("There is no standby in this design");
    }

    @Test
    void should_number_the_restore_steps_without_a_gap_with_or_without_an_erasure_step() {
        // given
        String withErasure = write(Samples.requirements(Samples.SAAS)).files().get("restore-drill.md");
        String without = write(Samples.yaml("name: X")).files().get("restore-drill.md");

        // then
        assertThat(withErasure).contains("7. Re-apply the erasure ledger").contains("8. Destroy the scratch");
        assertThat(without).doesNotContain("erasure ledger").contains("6. Record").contains("7. Destroy the scratch")
                .doesNotContain("8. ").contains("plus 25%");
    }
}

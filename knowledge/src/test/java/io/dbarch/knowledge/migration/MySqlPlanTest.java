package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.sql.Sandbox;
import org.junit.jupiter.api.Test;

/** MySQL: online DDL where InnoDB has it, an online schema change tool where it copies the table. */
class MySqlPlanTest {

    private static final String FROM = """
            CREATE TABLE `orders` (
              `id` bigint NOT NULL AUTO_INCREMENT,
              `account_id` bigint NOT NULL,
              `total` int NOT NULL,
              PRIMARY KEY (`id`)
            ) ENGINE=InnoDB;
            """;

    private MigrationPlan plan(String to) {
        return new MigrationPlanner().plan(Schemas.mysql(FROM), Schemas.mysql(to), PlanOptions.defaults());
    }

    @Test
    void should_add_a_column_instantly_and_an_index_in_place_without_locking() {
        // given
        String to = FROM.replace("`total` int NOT NULL,", "`total` int NOT NULL,\n  `note` varchar(200) NULL,\n"
                + "  KEY `orders_account_idx` (`account_id`),");

        // when
        MigrationPlan plan = plan(to);

        // then
        assertThat(Schemas.sql(plan)).contains(
                "ALTER TABLE `orders` ADD COLUMN `note` varchar(200) NULL, ALGORITHM=INSTANT",
                "ALTER TABLE `orders` ADD INDEX `orders_account_idx` (`account_id`), ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(plan.steps()).allSatisfy(s -> assertThat(s.statements().get(0)).startsWith("SET SESSION lock_wait_timeout"));
    }

    @Test
    void should_recommend_an_online_schema_change_tool_when_the_type_change_copies_the_table() {
        // given
        String to = FROM.replace("`total` int NOT NULL", "`total` decimal(12,2) NOT NULL");

        // when
        MigrationPlan plan = plan(to);

        // then
        MigrationStep step = Schemas.step(plan, "MODIFY COLUMN `total` decimal(12,2) NOT NULL, ALGORITHM=COPY");
        assertThat(step.has(HazardKind.REWRITES_TABLE)).isTrue();
        assertThat(step.hazards()).anySatisfy(h -> assertThat(h.message()).contains("gh-ost --database=")
                .contains("pt-online-schema-change --alter"));
    }

    @Test
    void should_skip_sandbox_verification_for_mysql_plans() {
        // given
        MigrationPlan plan = plan(FROM.replace("`total` int NOT NULL,", "`total` int NOT NULL,\n  `note` text NULL,"));

        // when
        Verification v = new PlanVerifier(Sandbox.shared()).verify(plan);

        // then
        assertThat(v.status()).isEqualTo(Verification.Status.SKIPPED);
        assertThat(v.summary()).contains("mysql plans are not run");
    }
}

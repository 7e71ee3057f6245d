package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Safe mode writes the zero-downtime techniques; simple mode writes plain DDL. */
class SafeTechniquesTest {

    private static final String BASE = """
            CREATE TABLE accounts (id bigint PRIMARY KEY, email varchar(100) NOT NULL, full_name text, age integer);
            CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, total integer);
            """;
    private static final String NAME_AGE_KEY = BASE
            + "CREATE UNIQUE INDEX accounts_name_age_key ON accounts (full_name, age);";

    @Test
    void should_build_an_index_concurrently_in_its_own_non_transactional_script_when_safe() {
        // given
        String to = BASE + "CREATE INDEX orders_account_idx ON orders (account_id);";

        // when
        MigrationPlan plan = Schemas.safe(BASE, to);

        // then
        MigrationStep step = Schemas.step(plan, "CREATE INDEX CONCURRENTLY orders_account_idx");
        assertThat(step.transactional()).isFalse();
        assertThat(step.statements()).noneMatch(s -> s.startsWith("ALTER TABLE"));
        assertThat(step.has(HazardKind.BUILDS_INDEX)).isTrue();
    }

    @Test
    void should_build_a_plain_index_in_a_transaction_when_simple() {
        // given
        String to = BASE + "CREATE INDEX orders_account_idx ON orders (account_id);";

        // when
        MigrationPlan plan = Schemas.plan(BASE, to, PlanOptions.defaults().withMode(Mode.SIMPLE));

        // then
        assertThat(Schemas.sql(plan)).contains("CREATE INDEX orders_account_idx ON public.orders (account_id)");
        assertThat(plan.steps()).allMatch(MigrationStep::transactional);
    }

    @Test
    void should_add_a_foreign_key_not_valid_and_validate_it_in_a_later_script() {
        // given
        String to = BASE.replace("account_id bigint", "account_id bigint REFERENCES accounts (id)");

        // when
        MigrationPlan plan = Schemas.safe(BASE, to);

        // then
        MigrationStep add = Schemas.step(plan, "FOREIGN KEY (account_id) REFERENCES public.accounts (id) NOT VALID");
        MigrationStep validate = Schemas.step(plan, "VALIDATE CONSTRAINT orders_account_id_fkey");
        assertThat(validate.version()).isGreaterThan(add.version());
        assertThat(add.phase()).isEqualTo(Phase.CONTRACT);
    }

    @Test
    void should_add_a_unique_constraint_from_a_concurrently_built_index() {
        // given
        String to = BASE.replace("email varchar(100) NOT NULL", "email varchar(100) NOT NULL UNIQUE");

        // when
        MigrationPlan plan = Schemas.safe(BASE, to);

        // then
        MigrationStep build = Schemas.step(plan, "CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key");
        MigrationStep attach = Schemas.step(plan, "ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key");
        assertThat(build.transactional()).isFalse();
        assertThat(attach.version()).isGreaterThan(build.version());
    }

    @Test
    void should_rebuild_a_unique_index_under_its_name_when_it_becomes_nulls_not_distinct() {
        // given
        String to = NAME_AGE_KEY.replace("(full_name, age)", "(full_name, age) NULLS NOT DISTINCT");

        // when
        MigrationPlan plan = Schemas.safe(NAME_AGE_KEY, to);

        // then
        MigrationStep build = Schemas.step(plan, "CREATE UNIQUE INDEX CONCURRENTLY accounts_name_age_key_dbarch_new"
                + " ON public.accounts (full_name, age) NULLS NOT DISTINCT");
        MigrationStep rename = Schemas.step(plan, "RENAME TO accounts_name_age_key");
        assertThat(Schemas.sql(plan)).contains("DROP INDEX CONCURRENTLY IF EXISTS public.accounts_name_age_key");
        assertThat(rename.version()).isGreaterThan(build.version());
    }

    @Test
    void should_plan_nothing_when_a_unique_index_only_spells_out_nulls_distinct() {
        // given
        String to = NAME_AGE_KEY.replace("(full_name, age)", "(full_name, age) NULLS DISTINCT");

        // when
        MigrationPlan plan = Schemas.safe(NAME_AGE_KEY, to);

        // then
        assertThat(Schemas.sql(plan)).isEmpty();
    }

    @Test
    void should_set_not_null_through_a_validated_check_when_safe() {
        // given
        String to = BASE.replace("full_name text", "full_name text NOT NULL");

        // when
        MigrationPlan plan = Schemas.safe(BASE, to);

        // then
        int add = Schemas.step(plan, "CHECK (full_name IS NOT NULL) NOT VALID").version();
        int validate = Schemas.step(plan, "VALIDATE CONSTRAINT accounts_full_name_not_null_check").version();
        MigrationStep set = Schemas.step(plan, "ALTER COLUMN full_name SET NOT NULL");
        assertThat(add).isLessThan(validate);
        assertThat(validate).isLessThan(set.version());
        assertThat(set.statements()).contains("ALTER TABLE public.accounts DROP CONSTRAINT accounts_full_name_not_null_check");
    }

    @Test
    void should_change_a_type_by_expand_and_contract_with_a_deploy_point_when_safe() {
        // given
        String to = BASE.replace("age integer", "age bigint");

        // when
        MigrationPlan plan = Schemas.safe(BASE, to);

        // then
        assertThat(Schemas.step(plan, "ADD COLUMN age_dbarch_new bigint").phase()).isEqualTo(Phase.EXPAND);
        assertThat(Schemas.step(plan, "CREATE TRIGGER dbarch_sync_accounts_age").phase()).isEqualTo(Phase.EXPAND);
        MigrationStep backfill = Schemas.step(plan, "SET age_dbarch_new = age::bigint");
        assertThat(backfill.phase()).isEqualTo(Phase.BACKFILL);
        assertThat(backfill.transactional()).isFalse();
        assertThat(backfill.statements()).anyMatch(s -> s.contains("LIMIT 1000") && s.contains("COMMIT"));
        MigrationStep swap = Schemas.step(plan, "RENAME COLUMN age_dbarch_new TO age");
        assertThat(swap.phase()).isEqualTo(Phase.CONTRACT);
        assertThat(plan.steps().stream().filter(s -> s.phase() == Phase.CONTRACT).findFirst().orElseThrow()
                .deployBefore()).hasValueSatisfying(d -> assertThat(d).contains("bigint"));
        assertThat(Schemas.sql(plan)).noneMatch(s -> s.contains("ALTER COLUMN age TYPE"));
    }

    @Test
    void should_change_a_type_in_place_when_simple() {
        // given
        String to = BASE.replace("age integer", "age bigint");

        // when
        MigrationPlan plan = Schemas.plan(BASE, to, PlanOptions.defaults().withMode(Mode.SIMPLE));

        // then
        MigrationStep step = Schemas.step(plan, "ALTER COLUMN age TYPE bigint USING age::bigint");
        assertThat(step.has(HazardKind.REWRITES_TABLE)).isTrue();
    }

    @Test
    void should_lengthen_a_varchar_in_place_without_a_rewrite_even_when_safe() {
        // given
        String to = BASE.replace("varchar(100)", "varchar(200)");

        // when
        MigrationPlan plan = Schemas.safe(BASE, to);

        // then
        MigrationStep step = Schemas.step(plan, "ALTER COLUMN email TYPE character varying(200)");
        assertThat(step.has(HazardKind.REWRITES_TABLE)).isFalse();
        assertThat(step.statements()).noneMatch(s -> s.contains("USING"));
    }

    @Test
    void should_add_a_not_null_column_with_a_constant_default_in_one_statement() {
        // given
        String to = BASE.replace("age integer", "age integer, tier text NOT NULL DEFAULT 'free'");

        // when
        MigrationPlan plan = Schemas.safe(BASE, to);

        // then
        assertThat(Schemas.sql(plan)).containsExactly(
                "ALTER TABLE public.accounts ADD COLUMN tier text DEFAULT 'free' NOT NULL");
        assertThat(plan.steps().get(0).has(HazardKind.REWRITES_TABLE)).isFalse();
    }

    @Test
    void should_set_lock_and_statement_timeouts_first_in_every_script() {
        // given
        String to = BASE.replace("full_name text", "full_name text NOT NULL")
                + "CREATE INDEX orders_account_idx ON orders (account_id);";

        // when
        MigrationPlan plan = Schemas.safe(BASE, to);

        // then
        assertThat(plan.steps()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.statements().get(0)).isEqualTo("SET lock_timeout = '5s'");
            assertThat(s.statements().get(1)).startsWith("SET statement_timeout = ");
        });
    }

    @Test
    void should_create_referenced_tables_first_and_drop_them_last() {
        // given
        String extra = """
                CREATE TABLE regions (id int PRIMARY KEY);
                CREATE TABLE shops (id int PRIMARY KEY, region_id int REFERENCES regions (id));
                """;
        String withExtra = BASE + extra.replace("shops (id int", "shops (id int").replace("regions (id int", "regions (id int");
        String to = BASE + "CREATE TABLE shops (id int PRIMARY KEY, region_id int REFERENCES regions (id));\n"
                + "CREATE TABLE regions (id int PRIMARY KEY);";

        // when
        List<String> create = Schemas.sql(Schemas.safe(BASE, to));
        List<String> drop = Schemas.sql(Schemas.plan(withExtra, BASE, PlanOptions.defaults()));

        // then
        assertThat(indexOf(create, "CREATE TABLE public.regions")).isLessThan(indexOf(create, "CREATE TABLE public.shops"));
        assertThat(indexOf(drop, "DROP TABLE IF EXISTS public.shops")).isLessThan(indexOf(drop, "DROP TABLE IF EXISTS public.regions"));
    }

    @Test
    void should_lift_foreign_keys_around_a_persistence_change_when_tables_reference_each_other() {
        // given: PostgreSQL refuses a foreign key between a logged and an unlogged table
        String from = """
                CREATE TABLE locks_mode (name text, token text, UNIQUE (name, token),
                    FOREIGN KEY (name, token) REFERENCES locks (name, token) DEFERRABLE INITIALLY DEFERRED);
                CREATE TABLE locks (name text, token text, UNIQUE (name, token),
                    FOREIGN KEY (name, token) REFERENCES locks_mode (name, token));
                """;
        String to = from.replace("CREATE TABLE", "CREATE UNLOGGED TABLE");

        // when
        MigrationPlan plan = Schemas.safe(from, to);
        List<String> sql = Schemas.step(plan, "SET UNLOGGED").statements();

        // then
        assertThat(indexOf(sql, "ALTER TABLE public.locks DROP CONSTRAINT IF EXISTS locks_name_token_fkey"))
                .isLessThan(indexOf(sql, "ALTER TABLE public.locks SET UNLOGGED"));
        assertThat(indexOf(sql, "ALTER TABLE public.locks_mode SET UNLOGGED"))
                .isLessThan(indexOf(sql, "ALTER TABLE public.locks_mode ADD CONSTRAINT locks_mode_name_token_fkey"));
        assertThat(Schemas.sql(plan)).contains("ALTER TABLE public.locks VALIDATE CONSTRAINT locks_name_token_fkey");
    }

    @Test
    void should_name_the_functions_a_new_view_needs_when_the_model_does_not_carry_them() {
        // given
        String to = BASE + "CREATE VIEW ranked AS SELECT id, hot_rank(total) AS rank FROM orders;";

        // when
        MigrationPlan plan = Schemas.safe(BASE, to);

        // then
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("hot_rank()").contains("must exist"));
        assertThat(Schemas.safe(BASE, BASE + "CREATE VIEW counted AS SELECT count(*) AS n FROM orders;").notes())
                .noneMatch(n -> n.contains("functions"));
    }

    private static int indexOf(List<String> sql, String prefix) {
        for (int i = 0; i < sql.size(); i++) {
            if (sql.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no statement starts with " + prefix + ": " + sql);
    }
}

package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.sql.Sandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Safe plans for the usual risky changes, run with Flyway on the PostgreSQL sandbox with sample rows. */
class PlanVerifierTest {

    private static final String BASE = """
            CREATE TABLE accounts (id bigint PRIMARY KEY, email varchar(100) NOT NULL, full_name text, age integer,
                                   active boolean NOT NULL DEFAULT true);
            CREATE TABLE orders (id bigserial PRIMARY KEY, account_id bigint, total integer, note text);
            CREATE INDEX orders_note_idx ON orders (note);
            CREATE VIEW order_totals AS SELECT account_id, sum(total) AS total FROM orders GROUP BY account_id;
            """;

    private final PlanVerifier verifier = new PlanVerifier(Sandbox.shared());

    private Verification verify(String to, PlanOptions options) {
        return verify(BASE, to, options);
    }

    private Verification verify(String from, String to, PlanOptions options) {
        MigrationPlan plan = Schemas.plan(from, to, options);
        assertThat(plan.ready()).as(plan.summary()).isTrue();
        Verification v = verifier.verify(plan);
        assertThat(v.status()).as(v.summary() + "\n" + v.differences() + "\n" + String.join("\n", Schemas.sql(plan)))
                .isEqualTo(Verification.Status.VERIFIED);
        return v;
    }

    @Test
    void should_verify_the_usual_risky_changes_when_planned_in_safe_mode() {
        // given: NOT NULL column, FK, unique, type change, index, NOT NULL on existing column, drop
        String to = """
                CREATE TABLE accounts (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE, full_name text NOT NULL,
                                       age bigint, active boolean NOT NULL DEFAULT true,
                                       tier text NOT NULL DEFAULT 'free');
                CREATE TABLE orders (id bigserial PRIMARY KEY, account_id bigint REFERENCES accounts (id),
                                     total numeric(12,2), note text);
                CREATE INDEX orders_account_idx ON orders (account_id);
                CREATE VIEW order_totals AS SELECT account_id, sum(total) AS total FROM orders GROUP BY account_id;
                """;

        // when
        Verification v = verify(to, PlanOptions.defaults());

        // then
        assertThat(v.sampleRows()).isGreaterThanOrEqualTo(6);
        assertThat(v.dataLosses()).isEmpty();
        assertThat(v.steps()).allMatch(Verification.StepRun::ok).hasSizeGreaterThan(10);
    }

    @Test
    void should_verify_a_rename_when_the_hint_resolves_it() {
        // given
        String to = BASE.replace("full_name text", "display_name text").replace("TABLE orders", "TABLE purchases")
                .replace("ON orders", "ON purchases").replace("FROM orders", "FROM purchases");
        PlanOptions options = PlanOptions.defaults().withRenames(List.of(
                RenameHint.parse("accounts.full_name=accounts.display_name"), RenameHint.parse("orders=purchases")));

        // when
        Verification v = verify(to, options);

        // then: the rows moved with the renamed table and column
        assertThat(v.dataLosses()).isEmpty();
    }

    @Test
    void should_verify_a_new_not_null_column_when_a_backfill_value_is_given() {
        // given
        String to = BASE.replace("active boolean", "country char(2) NOT NULL, active boolean");
        PlanOptions options = PlanOptions.defaults().withBackfills(Map.of("accounts.country", "'SE'"));

        // when / then
        verify(to, options);
    }

    @Test
    void should_free_index_names_of_a_dropped_table_when_a_new_table_needs_them() {
        // given: orders is replaced by purchases that keeps the old key and index names, dropped and created knowingly
        String to = BASE.replace("CREATE TABLE orders (id bigserial PRIMARY KEY,",
                "CREATE TABLE purchases (id bigint, CONSTRAINT orders_pkey PRIMARY KEY (id),")
                .replace("ON orders", "ON purchases").replace("FROM orders", "FROM purchases");

        // when / then
        verify(to, PlanOptions.defaults().withAcceptDropAndAdd(true));
    }

    @Test
    void should_replace_a_column_by_a_generated_one_only_when_drop_and_add_is_accepted() {
        // given
        String to = BASE.replace("full_name text", "full_name text GENERATED ALWAYS AS (lower(email)) STORED");

        // when
        MigrationPlan refused = Schemas.safe(BASE, to);

        // then
        assertThat(refused.refusals()).singleElement().satisfies(r -> assertThat(r.reason()).contains("accept drop + add"));
        verify(to, PlanOptions.defaults().withAcceptDropAndAdd(true));
    }

    @Test
    void should_add_a_generated_column_after_the_columns_it_reads_when_they_are_new_or_renamed() {
        // given: full_name is renamed to given_name, and a new generated full_name (declared first) reads it and a
        // new family_name column
        String to = BASE.replace("full_name text,", "full_name text GENERATED ALWAYS AS (given_name || ' ' ||"
                + " family_name) STORED, given_name text, family_name text,");
        PlanOptions options = PlanOptions.defaults()
                .withRenames(List.of(RenameHint.parse("accounts.full_name=accounts.given_name")));

        // when
        Verification v = verify(to, options);

        // then: the renamed column kept its values
        assertThat(v.dataLosses()).isEmpty();
    }

    @Test
    void should_verify_a_unique_index_made_nulls_not_distinct_when_planned_in_safe_mode() {
        // given: the catalog must show the rebuilt index with the flag, or the model check finds a difference
        String from = BASE + "CREATE UNIQUE INDEX accounts_name_age_key ON accounts (full_name, age);\n";
        String to = from.replace("(full_name, age)", "(full_name, age) NULLS NOT DISTINCT");

        // when
        Verification v = verify(from, to, PlanOptions.defaults());

        // then
        assertThat(v.dataLosses()).isEmpty();
        assertThat(v.steps()).allMatch(Verification.StepRun::ok).isNotEmpty();
    }

    @Test
    void should_report_the_failing_script_and_statement_when_the_data_breaks_a_step() {
        // given: three sample rows cannot be unique on a boolean
        String to = BASE.replace("active boolean NOT NULL DEFAULT true", "active boolean NOT NULL DEFAULT true UNIQUE");
        MigrationPlan plan = Schemas.safe(BASE, to);

        // when
        Verification v = verifier.verify(plan);

        // then
        assertThat(v.status()).isEqualTo(Verification.Status.FAILED);
        assertThat(v.failure()).hasValueSatisfying(f -> {
            assertThat(f.script()).startsWith("V").endsWith(".sql");
            assertThat(f.statement()).contains("CREATE UNIQUE INDEX CONCURRENTLY");
            assertThat(f.sqlState()).isEqualTo("23505");
        });
        assertThat(v.steps()).anyMatch(s -> !s.ok());
    }

    @Test
    void should_skip_verification_when_the_plan_waits_for_a_decision() {
        // given: a column replaced by another of the same type
        MigrationPlan plan = Schemas.safe(BASE, BASE.replace("full_name text", "display_name text"));

        // when
        Verification v = verifier.verify(plan);

        // then
        assertThat(v.status()).isEqualTo(Verification.Status.SKIPPED);
        assertThat(v.summary()).contains("not ready");
    }
}

package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Renames are never silent: reported as possible, resolved by hints, or accepted as drop + add knowingly. */
class RenamesTest {

    private static final String FROM = """
            CREATE TABLE accounts (id bigint PRIMARY KEY, full_name text, email text);
            CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, total integer, placed_at timestamptz);
            """;
    private static final String COLUMN_RENAMED = FROM.replace("full_name text", "display_name text");

    @Test
    void should_report_a_possible_column_rename_and_not_be_ready_when_no_hint_is_given() {
        // when
        MigrationPlan plan = Schemas.safe(FROM, COLUMN_RENAMED);

        // then
        assertThat(plan.ready()).isFalse();
        assertThat(plan.possibleRenames()).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("public.accounts.full_name");
            assertThat(d.suggestion()).contains("accounts.full_name=accounts.display_name");
            assertThat(d.resolution()).contains("--rename accounts.full_name=accounts.display_name");
        });
        assertThat(plan.summary()).contains("Not ready");
    }

    @Test
    void should_rename_the_column_in_place_when_the_hint_names_it() {
        // given
        PlanOptions options = PlanOptions.defaults()
                .withRenames(List.of(RenameHint.parse("accounts.full_name=accounts.display_name")));

        // when
        MigrationPlan plan = Schemas.plan(FROM, COLUMN_RENAMED, options);

        // then
        assertThat(plan.ready()).isTrue();
        assertThat(Schemas.sql(plan)).containsExactly(
                "ALTER TABLE public.accounts RENAME COLUMN full_name TO display_name");
        assertThat(plan.steps().get(0).has(HazardKind.LOSES_DATA)).isFalse();
        assertThat(plan.steps().get(0).has(HazardKind.BREAKS_RUNNING_APP)).isTrue();
    }

    @Test
    void should_drop_and_add_knowingly_when_drop_and_add_is_accepted() {
        // when
        MigrationPlan plan = Schemas.plan(FROM, COLUMN_RENAMED, PlanOptions.defaults().withAcceptDropAndAdd(true));

        // then
        assertThat(plan.ready()).isTrue();
        assertThat(plan.notes()).anyMatch(n -> n.contains("drop + add (accepted)"));
        assertThat(Schemas.step(plan, "DROP COLUMN IF EXISTS full_name").has(HazardKind.LOSES_DATA)).isTrue();
    }

    @Test
    void should_report_a_possible_table_rename_when_a_table_with_the_same_columns_appears() {
        // given
        String to = FROM.replace("TABLE orders", "TABLE purchases");

        // when
        MigrationPlan plan = Schemas.safe(FROM, to);

        // then
        assertThat(plan.possibleRenames()).singleElement()
                .satisfies(d -> assertThat(d.suggestion()).contains("orders=purchases"));
    }

    @Test
    void should_rename_the_table_behind_a_compatibility_view_when_safe() {
        // given
        String to = FROM.replace("TABLE orders", "TABLE purchases");
        PlanOptions options = PlanOptions.defaults().withRenames(List.of(RenameHint.parse("orders=purchases")));

        // when
        MigrationPlan plan = Schemas.plan(FROM, to, options);

        // then
        MigrationStep rename = Schemas.step(plan, "ALTER TABLE public.orders RENAME TO purchases");
        assertThat(rename.statements()).contains("CREATE VIEW public.orders AS SELECT * FROM public.purchases");
        MigrationStep contract = Schemas.step(plan, "DROP VIEW IF EXISTS public.orders");
        assertThat(contract.phase()).isEqualTo(Phase.CONTRACT);
        assertThat(Schemas.sql(plan)).contains("ALTER TABLE public.purchases RENAME CONSTRAINT orders_pkey TO purchases_pkey");
    }

    @Test
    void should_suggest_a_column_rename_inside_a_renamed_table_with_the_old_table_name_first() {
        // given
        String to = FROM.replace("TABLE orders", "TABLE purchases").replace("placed_at", "ordered_at");
        PlanOptions options = PlanOptions.defaults().withRenames(List.of(RenameHint.parse("orders=purchases")));

        // when
        MigrationPlan plan = Schemas.plan(FROM, to, options);
        PlanOptions decided = options.withRenames(List.of(RenameHint.parse("orders=purchases"),
                RenameHint.parse(plan.possibleRenames().get(0).suggestion().orElseThrow())));

        // then
        assertThat(plan.possibleRenames()).singleElement()
                .satisfies(d -> assertThat(d.suggestion()).contains("orders.placed_at=purchases.ordered_at"));
        assertThat(Schemas.plan(FROM, to, decided).ready()).isTrue();
    }

    @Test
    void should_explain_what_exists_when_a_hint_names_an_unknown_column() {
        // given
        PlanOptions options = PlanOptions.defaults()
                .withRenames(List.of(RenameHint.parse("accounts.fullname=accounts.display_name")));

        // when / then
        assertThatThrownBy(() -> Schemas.plan(FROM, COLUMN_RENAMED, options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table public.accounts has no column fullname")
                .hasMessageContaining("full_name");
    }

    @Test
    void should_read_quoted_and_qualified_hints() {
        // when
        RenameHint hint = RenameHint.parse("sales.\"Accounts\".Full_Name=sales.\"Accounts\".display_name");

        // then
        assertThat(hint.from()).containsExactly("sales", "Accounts", "full_name");
        assertThat(hint.to()).containsExactly("sales", "Accounts", "display_name");
    }

    @Test
    void should_reject_a_hint_without_an_equals_sign_saying_how_to_write_it() {
        assertThatThrownBy(() -> RenameHint.parse("accounts.full_name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one '='")
                .hasMessageContaining("accounts.full_name=accounts.display_name");
    }
}

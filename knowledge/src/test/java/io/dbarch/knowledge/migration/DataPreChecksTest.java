package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.sql.Sandbox;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checklist's data pre-checks, run on the PostgreSQL sandbox: each finds the rows that would make the plan
 * fail half-way, and finds nothing when the data is ready.
 */
class DataPreChecksTest {

    private static final String FROM = """
            CREATE TABLE accounts (id bigint PRIMARY KEY, email text, full_name text, age integer);
            CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, total integer);
            """;
    private static final String TO = """
            CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, display_name text,
                                   age integer CHECK (age >= 0));
            CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id), total integer);
            """;
    private static final List<String> READY_ROWS = List.of(
            "INSERT INTO accounts VALUES (1, 'a@example.com', 'Ann', 30), (2, 'b@example.com', 'Bob', 40)",
            "INSERT INTO orders VALUES (10, 1, 5), (11, NULL, 7)");
    private static final List<String> BROKEN_ROWS = List.of(
            "INSERT INTO accounts VALUES (1, 'a@example.com', 'Ann', 30), (2, 'a@example.com', 'Bob', -1),"
                    + " (3, NULL, 'Cy', 20)",
            "INSERT INTO orders VALUES (10, 1, 5), (11, 99, 7)");

    private final MigrationPlan plan = Schemas.plan(FROM, TO, PlanOptions.defaults()
            .withRenames(List.of(RenameHint.parse("accounts.full_name=accounts.display_name"))));

    @Test
    void should_write_one_pre_check_per_constraint_added_to_existing_rows_in_the_source_names() {
        // when
        List<DataPreChecks.PreCheck> checks = DataPreChecks.of(plan);

        // then
        assertThat(checks).extracting(DataPreChecks.PreCheck::what).containsExactlyInAnyOrder(
                "no duplicate (email) in public.accounts",
                "no NULL in public.accounts.email",
                "every row of public.accounts passes CHECK (age >= 0)",
                "every (account_id) of public.orders exists in public.accounts");
        assertThat(new FlywayFolder().files(plan)).filteredOn(f -> f.name().equals("CHECKLIST.md")).singleElement()
                .satisfies(f -> assertThat(f.content()).contains("The data is ready for the new constraints")
                        .contains("- no duplicate (email) in public.accounts:"));
    }

    @Test
    void should_return_the_offending_rows_when_the_data_breaks_the_new_constraints() throws SQLException {
        // when
        List<Integer> found = run(BROKEN_ROWS);

        // then: a duplicate email, a NULL email, a negative age, an order of a missing account
        assertThat(found).containsExactly(1, 1, 1, 1);
    }

    @Test
    void should_return_no_row_when_the_data_is_ready() throws SQLException {
        // when
        List<Integer> found = run(READY_ROWS);

        // then
        assertThat(found).containsExactly(0, 0, 0, 0);
    }

    @Test
    void should_leave_out_constraints_of_new_tables_and_new_columns() {
        // given
        String to = FROM + "CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL UNIQUE);\n";
        String withColumn = to.replace("total integer", "total integer, code text UNIQUE");

        // when
        List<DataPreChecks.PreCheck> checks = DataPreChecks.of(Schemas.safe(FROM, withColumn));

        // then
        assertThat(checks).isEmpty();
    }

    @Test
    void should_find_rows_with_repeated_nulls_when_a_unique_index_becomes_nulls_not_distinct() throws SQLException {
        // given: two accounts without a name or an age pass the plain index but not the new one
        String from = FROM + "CREATE UNIQUE INDEX accounts_name_age_key ON accounts (full_name, age);";
        String to = from.replace("(full_name, age)", "(full_name, age) NULLS NOT DISTINCT");
        MigrationPlan tightened = Schemas.safe(from, to);
        String what = "no duplicate (full_name, age) in public.accounts";

        // when
        List<DataPreChecks.PreCheck> checks = DataPreChecks.of(tightened);
        List<Integer> found = run(from, tightened, List.of("INSERT INTO accounts VALUES (1, 'a@example.com', NULL,"
                + " NULL), (2, 'b@example.com', NULL, NULL), (3, 'c@example.com', 'Cy', NULL)"), List.of(what));

        // then
        assertThat(checks).extracting(DataPreChecks.PreCheck::what).containsExactly(what);
        assertThat(found).containsExactly(1);
    }

    @Test
    void should_not_count_rows_with_a_null_key_as_duplicates_when_the_new_unique_key_allows_them() throws SQLException {
        // given: a plain unique index, where NULLs never collide
        String to = FROM + "CREATE UNIQUE INDEX accounts_name_age_key ON accounts (full_name, age);";
        MigrationPlan added = Schemas.safe(FROM, to);
        String what = "no duplicate (full_name, age) in public.accounts";

        // when
        List<Integer> found = run(FROM, added, List.of("INSERT INTO accounts VALUES (1, 'a@example.com', NULL,"
                + " NULL), (2, 'b@example.com', NULL, NULL), (3, 'c@example.com', 'Cy', 30), (4, 'd@example.com',"
                + " 'Cy', 30)"), List.of(what));

        // then: only the two Cy/30 rows collide
        assertThat(found).containsExactly(1);
    }

    @Test
    void should_leave_out_a_unique_index_when_it_stops_being_nulls_not_distinct() {
        // given
        String from = FROM
                + "CREATE UNIQUE INDEX accounts_name_age_key ON accounts (full_name, age) NULLS NOT DISTINCT;";
        String to = from.replace(" NULLS NOT DISTINCT", "");

        // when
        List<DataPreChecks.PreCheck> checks = DataPreChecks.of(Schemas.safe(from, to));

        // then
        assertThat(checks).isEmpty();
    }

    private List<Integer> run(List<String> rows) throws SQLException {
        return run(FROM, plan, rows, List.of("no duplicate (email) in public.accounts",
                "no NULL in public.accounts.email", "every row of public.accounts passes CHECK (age >= 0)",
                "every (account_id) of public.orders exists in public.accounts"));
    }

    /** The number of rows each named pre-check of {@code plan} finds in {@code rows} loaded into {@code from}. */
    private static List<Integer> run(String from, MigrationPlan plan, List<String> rows, List<String> whats)
            throws SQLException {
        List<Integer> counts = new ArrayList<>();
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            assertThat(db.run(List.of(from.split(";\\s*"))).succeeded()).isTrue();
            assertThat(db.run(rows).succeeded()).isTrue();
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                for (String what : whats) {
                    String sql = DataPreChecks.of(plan).stream().filter(p -> p.what().equals(what)).findFirst()
                            .orElseThrow().sql();
                    try (ResultSet rs = st.executeQuery(sql.replace(";", ""))) {
                        int n = 0;
                        while (rs.next()) {
                            n++;
                        }
                        counts.add(n);
                    }
                }
            }
        }
        return counts;
    }
}

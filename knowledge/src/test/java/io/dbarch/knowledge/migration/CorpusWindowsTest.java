package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.migration.WindowResult.Outcome;
import io.dbarch.knowledge.sql.Corpus;
import io.dbarch.knowledge.sql.Sandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fast sample of the real-world check (bench/migration runs every window): plans between two points of a
 * project's own migration history must reach the same catalog as the project's migrations.
 */
class CorpusWindowsTest {

    @Test
    void should_reach_the_schema_of_kestras_own_migrations_when_planning_between_two_versions() throws Exception {
        // given
        Path corpus = Corpus.require();
        CorpusHistories.History kestra = CorpusHistories.load(corpus, "kestra");
        List<int[]> windows = new ArrayList<>();
        for (int n = 1; n < kestra.units().size(); n += 6) {
            windows.add(new int[] {n, n + 1});
        }
        windows.add(new int[] {1, kestra.units().size()});

        // when
        List<WindowResult> results = run(kestra, windows);

        // then
        assertEveryWindowVerifiesCleanly(results, windows);
    }

    @Test
    void should_reach_the_schema_of_supabase_auths_own_migrations_across_renames_and_generated_columns()
            throws Exception {
        // given: windows across the auth schema's history, among them 1 -> 6, where confirmed_at becomes a column
        // generated from two columns added in the same window
        Path corpus = Corpus.require();
        CorpusHistories.History auth = CorpusHistories.load(corpus, "supabase-auth");
        List<int[]> windows = new ArrayList<>(List.of(new int[] {1, 6}));
        for (int n = 7; n < auth.units().size(); n += 9) {
            windows.add(new int[] {n, n + 1});
        }

        // when
        List<WindowResult> results = run(auth, windows);

        // then
        assertEveryWindowVerifiesCleanly(results, windows);
        assertThat(results).filteredOn(r -> r.outcome() == Outcome.VERIFIED).hasSizeGreaterThan(windows.size() / 2);
    }

    private static List<WindowResult> run(CorpusHistories.History history, List<int[]> windows) throws Exception {
        return new HistoryWindows(Sandbox.shared()).run(history, windows,
                r -> System.out.println("window " + r.asLine()));
    }

    /** Every window verified (or had nothing to do), and no safe plan has an error-level migration finding. */
    private static void assertEveryWindowVerifiesCleanly(List<WindowResult> results, List<int[]> windows) {
        assertThat(results).hasSize(windows.size());
        assertThat(results).allSatisfy(r -> {
            assertThat(r.outcome()).as(r.asLine()).isIn(Outcome.VERIFIED, Outcome.NO_CHANGE);
            assertThat(r.lintErrors()).as("error-level migration findings on the safe plan").isEmpty();
        });
    }
}

package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.CorpusHistories.History;
import io.dbarch.knowledge.migration.CorpusHistories.Unit;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.Sandbox;
import io.dbarch.knowledge.sql.ScriptRun;
import io.dbarch.knowledge.sql.SqlStatement;
import io.dbarch.knowledge.sql.StatementKind;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The real-world check: apply a project's own migrations in the sandbox, read the schema after migration N and
 * after N+k, plan from one to the other, and verify the plan on a copy of the database at N.
 */
public final class HistoryWindows {

    private static final java.util.Set<StatementKind> DATA_CHANGES = java.util.EnumSet.of(StatementKind.INSERT,
            StatementKind.UPDATE, StatementKind.DELETE);

    private final Sandbox sandbox;
    private final WindowCheck check;

    public HistoryWindows(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.check = new WindowCheck(new PlanVerifier(sandbox));
    }

    /**
     * Checks every window (from, to) of the list, counted in migrations applied (1 = after the first one);
     * {@code from} may be 0 (the empty database).
     */
    public List<WindowResult> run(History history, List<int[]> windows, Consumer<WindowResult> progress)
            throws SQLException {
        TreeSet<Integer> starts = new TreeSet<>();
        windows.forEach(w -> starts.add(w[0]));
        int last = Math.min(history.units().size(), windows.stream().mapToInt(w -> w[1]).max().orElse(0));
        Map<Integer, SchemaModel> models = new HashMap<>();
        Map<Integer, ThrowawayDatabase> bases = new HashMap<>();
        List<WindowResult> results = new ArrayList<>();
        try (ThrowawayDatabase replay = sandbox.newDatabase(); ThrowawayDatabase holder = sandbox.newDatabase()) {
            DatabaseClone clone = new DatabaseClone(sandbox, holder);
            replay.run(history.setup());
            for (int n = 0; n <= last; n++) {
                String applied = n == 0 ? "" : apply(replay, history.units().get(n - 1)).orElse("");
                SchemaModel model = PlanVerifier.read(replay);
                models.put(n, model);
                if (starts.contains(n)) {
                    bases.put(n, clone.copy(replay));
                }
                for (int[] w : windows) {
                    if (w[1] != n || !bases.containsKey(w[0])) {
                        continue;
                    }
                    int start = w[0];
                    int current = n;
                    boolean lastForStart = windows.stream().noneMatch(x -> x[0] == start && x[1] > current);
                    ThrowawayDatabase work = lastForStart ? bases.remove(start) : clone.copy(bases.get(start));
                    try (work) {
                        boolean dataChanged = history.units().subList(start, n).stream()
                                .anyMatch(HistoryWindows::changesData);
                        WindowResult r = check.check(history.project(), start, n, models.get(start), model, work,
                                n == 0 ? "" : history.units().get(n - 1).name(), applied, dataChanged);
                        results.add(r);
                        progress.accept(r);
                    }
                }
                int current = n;
                models.keySet().removeIf(k -> windows.stream().noneMatch(w -> w[0] == k && w[1] > current));
            }
        } finally {
            bases.values().forEach(ThrowawayDatabase::close);
        }
        return results;
    }

    /** True when the project's migration inserts, updates or deletes rows besides changing the schema. */
    private static boolean changesData(Unit unit) {
        return new DdlReader().read(unit.files(), Optional.of(Dialect.POSTGRESQL)).statements().stream()
                .anyMatch(s -> DATA_CHANGES.contains(s.kind()));
    }

    private static Optional<String> apply(ThrowawayDatabase db, Unit unit) {
        List<String> statements = new DdlReader().read(unit.files(), Optional.of(Dialect.POSTGRESQL)).statements()
                .stream().filter(s -> s.kind() != StatementKind.META_COMMAND).map(SqlStatement::text).toList();
        ScriptRun run = db.run(statements);
        return run.failures().stream().findFirst().map(f -> unit.name() + ": " + f.describe());
    }
}

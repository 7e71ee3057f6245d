import io.dbarch.knowledge.migration.CorpusHistories;
import io.dbarch.knowledge.migration.HistoryWindows;
import io.dbarch.knowledge.migration.WindowResult;
import io.dbarch.knowledge.sql.Sandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The corpus-window run: for each project history, every window (N, N+1) and every fifth (N, N+5), planned from
 * the catalog after N to the catalog after the later migration and verified on a copy of the database at N.
 * Usage: java -cp CLASSPATH bench/migration/WindowBench.java ../shared/corpus [project[:from:to]…] [--wide K]
 */
public class WindowBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        List<String> projects = new ArrayList<>();
        int wide = 5;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--wide")) {
                wide = Integer.parseInt(args[++i]);
            } else {
                projects.add(args[i]);
            }
        }
        if (projects.isEmpty()) {
            projects.addAll(CorpusHistories.projects());
        }
        long cold = System.nanoTime();
        Sandbox sandbox = Sandbox.shared();
        System.out.printf("sandbox cold start: %d ms%n", (System.nanoTime() - cold) / 1_000_000);
        Map<String, List<WindowResult>> all = new LinkedHashMap<>();
        for (String spec : projects) {
            String[] parts = spec.split(":");
            String project = parts[0];
            CorpusHistories.History history = CorpusHistories.load(corpus, project);
            int n = history.units().size();
            List<int[]> windows = new ArrayList<>();
            if (parts.length == 3) {
                windows.add(new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[2])});
                n = 0;
            }
            for (int i = 1; i < n; i++) {
                windows.add(new int[] {i, i + 1});
                if (wide > 1 && i % wide == 1 && i + wide <= n) {
                    windows.add(new int[] {i, i + wide});
                }
            }
            long start = System.nanoTime();
            List<WindowResult> results = new HistoryWindows(sandbox).run(history, windows,
                    r -> {
                        if (r.outcome() == WindowResult.Outcome.FAILED || r.outcome() == WindowResult.Outcome.REFUSED
                                || parts.length == 3) {
                            System.out.println("  " + r.asLine());
                            System.out.flush();
                        }
                    });
            all.merge(project, results, (x, y) -> { var z = new ArrayList<>(x); z.addAll(y); return z; });
            System.out.printf("%s: %d migrations, %d windows in %d s%n", project, n, results.size(),
                    (System.nanoTime() - start) / 1_000_000_000);
        }
        System.out.println();
        System.out.println("| project | windows | no schema change | verified | refused (reason given) | failed: function"
                + " not in the model, named by the plan | failed: rows the project's migration changes | failed: other"
                + " | success rate | median plan ms | median verify ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        int[] total = new int[7];
        for (var e : all.entrySet()) {
            int[] c = counts(e.getValue());
            for (int i = 0; i < 7; i++) {
                total[i] += c[i];
            }
            System.out.println(row(e.getKey(), c, e.getValue()));
        }
        System.out.println(row("all", total, all.values().stream().flatMap(List::stream).toList()));
        System.out.println();
        Map<String, Integer> reasons = new TreeMap<>();
        all.values().stream().flatMap(List::stream).filter(r -> !r.reason().isEmpty())
                .forEach(r -> reasons.merge(r.project() + ": " + category(r.reason()), 1, Integer::sum));
        reasons.forEach((k, v) -> System.out.println(v + " x " + k));
        long linted = all.values().stream().flatMap(List::stream).filter(r -> !r.lintErrors().isEmpty()).count();
        System.out.println("windows whose safe plan has an error-level migration lint finding: " + linted);
        all.values().stream().flatMap(List::stream).filter(r -> !r.lintErrors().isEmpty()).limit(10)
                .forEach(r -> System.out.println("  " + r.project() + " " + r.from() + "->" + r.to() + " "
                        + r.lintErrors()));
    }

    private static int[] counts(List<WindowResult> results) {
        int[] c = new int[7];
        for (WindowResult r : results) {
            c[0]++;
            switch (r.outcome()) {
                case NO_CHANGE -> c[1]++;
                case VERIFIED -> c[2]++;
                case REFUSED -> c[3]++;
                case FAILED -> c[r.functionNotModelled() ? 4 : r.dataChangedByProject() ? 5 : 6]++;
            }
        }
        return c;
    }

    private static String row(String name, int[] c, List<WindowResult> results) {
        int changed = c[0] - c[1];
        double rate = changed == 0 ? 100 : 100.0 * c[2] / changed;
        return String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %.1f%% | %d | %d |", name, c[0], c[1], c[2],
                c[3], c[4], c[5], c[6], rate, median(results.stream().mapToLong(WindowResult::planMillis).toArray()),
                median(results.stream().filter(r -> r.verifyMillis() > 0).mapToLong(WindowResult::verifyMillis).toArray()));
    }

    private static long median(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }

    private static String category(String reason) {
        String r = reason.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("'[^']*'", "'…'");
        r = r.replaceAll("V\\d+__\\S+", "V…").replaceAll("\\d+", "N");
        return r.length() > 140 ? r.substring(0, 140) : r;
    }
}

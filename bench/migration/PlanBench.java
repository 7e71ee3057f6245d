import io.dbarch.knowledge.migration.MigrationPlan;
import io.dbarch.knowledge.migration.MigrationPlanner;
import io.dbarch.knowledge.migration.Mode;
import io.dbarch.knowledge.migration.PlanOptions;
import io.dbarch.knowledge.migration.PlanVerifier;
import io.dbarch.knowledge.migration.Verification;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.Sandbox;
import io.dbarch.knowledge.sql.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plan + verify time for a 50-table change once the sandbox is warm, and the sandbox's cold start.
 * Each of 50 tables gets one change, in turn: a nullable column, an index, a NOT NULL column with a default,
 * a foreign key to the table before it, a longer varchar. Usage: java -cp CLASSPATH bench/migration/PlanBench.java
 */
public class PlanBench {

    public static void main(String[] args) {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long cold = System.nanoTime();
        Sandbox sandbox = Sandbox.shared();
        long coldMs = (System.nanoTime() - cold) / 1_000_000;
        SchemaModel from = read(schema(tables, false));
        SchemaModel to = read(schema(tables, true));
        PlanVerifier verifier = new PlanVerifier(sandbox);
        for (Mode mode : Mode.values()) {
            PlanOptions options = PlanOptions.defaults().withMode(mode);
            for (int warm = 0; warm < 3; warm++) {
                verifier.verify(new MigrationPlanner().plan(from, to, options));
            }
            long[] plan = new long[7];
            long[] verify = new long[7];
            MigrationPlan last = null;
            Verification v = null;
            for (int i = 0; i < plan.length; i++) {
                long t0 = System.nanoTime();
                last = new MigrationPlanner().plan(from, to, options);
                long t1 = System.nanoTime();
                v = verifier.verify(last);
                long t2 = System.nanoTime();
                plan[i] = (t1 - t0) / 1_000_000;
                verify[i] = (t2 - t1) / 1_000_000;
            }
            long scripts = v.steps().stream().mapToLong(s -> s.duration().toMillis()).sum();
            System.out.printf("%s mode, %d tables: %d changes, %d scripts; plan %d ms, verify %d ms (scripts %d ms),"
                            + " plan+verify %d ms (median of %d); %s%n", mode.name().toLowerCase(), tables,
                    last.changes().size(), last.steps().size(), median(plan), median(verify), scripts,
                    median(sum(plan, verify)), plan.length, v.status());
        }
        System.out.printf("sandbox cold start: %d ms%n", coldMs);
    }

    static String schema(int tables, boolean changed) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < tables; i++) {
            String t = "t" + i;
            List<String> columns = new ArrayList<>(List.of("id bigint PRIMARY KEY", "parent_id bigint",
                    "name varchar(" + (changed && i % 5 == 4 ? 200 : 100) + ") NOT NULL", "amount numeric(12,2)",
                    "created_at timestamptz NOT NULL DEFAULT now()", "note text"));
            if (changed && i % 5 == 0) {
                columns.add("extra text");
            }
            if (changed && i % 5 == 2) {
                columns.add("status text NOT NULL DEFAULT 'new'");
            }
            if (changed && i % 5 == 3 && i > 0) {
                columns.add("FOREIGN KEY (parent_id) REFERENCES t" + (i - 1) + " (id)");
            }
            sql.append("CREATE TABLE ").append(t).append(" (").append(String.join(", ", columns)).append(");\n");
            if (changed && i % 5 == 1) {
                sql.append("CREATE INDEX ").append(t).append("_name_idx ON ").append(t).append(" (name);\n");
            }
        }
        return sql.toString();
    }

    private static SchemaModel read(String ddl) {
        return new DdlReader().read(SourceText.of("bench.sql", ddl)).model();
    }

    private static long[] sum(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static long median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}

package io.dbarch.knowledge.design.runbooks;

import io.dbarch.knowledge.design.PlannedChange;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.capacity.CapacityPlan;
import java.util.Map;

/** The migration cutover with rollback, and the load-test plan. */
final class ChangeRunbooks {

    private ChangeRunbooks() {
    }

    static String cutover(Requirements r) {
        StringBuilder md = new StringBuilder("# Migration cutover — " + r.name() + "\n\n");
        md.append("Every schema change is a Flyway migration, reviewed, linted and applied first to a staging copy of production.\n\n");
        md.append("## Guard rails for every migration\n");
        md.append("- `SET lock_timeout = '2s'; SET statement_timeout = '15min';` at the top: a blocked DDL fails fast instead of queueing all traffic behind it. Retry later.\n");
        md.append("- Indexes: `CREATE INDEX CONCURRENTLY` (outside a transaction). Constraints: `NOT VALID`, then `VALIDATE CONSTRAINT` in a later step.\n");
        md.append("- Backfills in batches of 1,000–10,000 rows with a pause, never one UPDATE over a large table.\n\n");
        if (!r.changes().isEmpty()) {
            md.append("## Planned changes\n\n| change | kind | technique |\n|---|---|---|\n");
            for (PlannedChange c : r.changes()) {
                md.append("| ").append(c.description()).append(" | ").append(c.kind().spelling()).append(" | ")
                        .append(c.kind().onlineTechnique().orElse("no online form: expand/contract or a maintenance window (see escalations)"))
                        .append(" |\n");
            }
            md.append('\n');
        }
        md.append("""
                ## Cutover
                1. Announce; check replication lag < 1 s and no long transactions (`SELECT pid, now() - xact_start FROM pg_stat_activity WHERE xact_start < now() - interval '5 min';`).
                2. Mark a restore point: `SELECT pg_create_restore_point('before_<version>');`.
                3. Apply the expand step (additive only: new tables, columns, indexes). The running application ignores them.
                4. Deploy the application version that writes both shapes / reads the new one. Watch errors and p99 for 30 minutes.
                5. Backfill, validate constraints, then, in a later release, apply the contract step (drop what is no longer read).

                ## Rollback
                - Before step 5: deploy the previous application version; the expand step stays (it is harmless) or is reverted by the next migration.
                - After a contract step: roll forward with a fix; data removed by a contract step is restored from the restore point into a scratch instance and copied back.
                - A migration that fails midway: Flyway marks it failed; repair with `flyway repair` after fixing the script, never by editing an applied one.
                """);
        return md.toString();
    }

    static String loadTest(Requirements r, CapacityPlan capacity, Map<String, String> scripts, Map<String, Integer> weights) {
        double peak = r.workload().peakStatementsPerSecond();
        StringBuilder files = new StringBuilder();
        weights.forEach((f, w) -> files.append(" -f loadtest/").append(f).append('@').append(w));
        int clients = Math.max(8, capacity.poolSize());
        StringBuilder md = new StringBuilder("# Load test — " + r.name() + "\n\n");
        md.append("**Goal:** show the design meets p99 ≤ %d ms at today's peak and keeps headroom at 1.5× peak.\n\n"
                .formatted(r.slas().p99LatencyMs()));
        md.append("## Setup\n1. A production-sized copy (masked) or generated data with the row counts of the capacity plan, on the production instance class.\n");
        md.append("2. pgbench from a host in the application's zone. Each script below is one query of the workload; weights are its share of statements.\n");
        md.append("3. Keys are drawn uniformly from 1..rows; generated values ('lt-…') exercise the index path but miss. For realistic cache behaviour, replace them with keys sampled from the data.\n\n");
        md.append("## Runs\n```sh\n");
        md.append("# warm-up, 10 min\npgbench -n -c %d -j 4 -T 600 -R %.0f%s\n".formatted(clients, peak, files));
        md.append("# peak, 30 min\npgbench -n -c %d -j 4 -T 1800 -R %.0f -P 30 --log --log-prefix=peak%s\n".formatted(clients, peak, files));
        md.append("# headroom, 15 min at 1.5× peak\npgbench -n -c %d -j 4 -T 900 -R %.0f -P 30 --log --log-prefix=headroom%s\n"
                .formatted(clients * 3 / 2, peak * 1.5, files));
        md.append("# p99 from the per-transaction logs (third column is latency in µs)\n");
        md.append("cat peak.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {print a[int(NR*0.99)]/1000 \" ms\"}'\n```\n\n");
        md.append("## Pass / fail\n");
        md.append("- p99 per script ≤ %d ms in the peak run; throughput within 2%% of the -R target (pgbench reports lag behind schedule).\n".formatted(r.slas().p99LatencyMs()));
        md.append("- Failed transactions < 0.1%; no deadlocks in the log.\n");
        md.append("- CPU < 70%% and replication lag < %d s during the peak run; the headroom run may degrade but must not fail.\n"
                .formatted(Math.max(1, r.slas().rpoSeconds() / 2)));
        md.append("- Repeat after every change to the query mix, and before each capacity change.\n\n## Scripts\n");
        scripts.forEach((f, s) -> md.append("\n`loadtest/").append(f).append("`\n```sql\n").append(s).append("```\n"));
        return md.toString();
    }
}

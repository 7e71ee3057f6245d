package io.dbarch.knowledge.design.runbooks;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.QueryPattern;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Section;
import io.dbarch.knowledge.design.capacity.CapacityPlan;
import io.dbarch.knowledge.design.hadr.HaDrDesign;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the failover drill, the point-in-time restore drill, the migration cutover and the load-test plan. */
public final class RunbookWriter {

    public Section<Runbooks> write(Requirements r, SchemaDesign schema, HaDrDesign hadr, CapacityPlan capacity) {
        requireNonNull(r, "r");
        requireNonNull(schema, "schema");
        requireNonNull(hadr, "hadr");
        requireNonNull(capacity, "capacity");
        Map<String, String> scripts = new PgbenchScripts(r, schema).scripts();
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (QueryPattern q : r.workload().queries()) {
            String file = PgbenchScripts.fileName(q);
            if (scripts.containsKey(file)) {
                weights.put(file, Math.max(1, (int) Math.round(q.sharePercent() * 10)));
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("failover-drill.md", DrillRunbooks.failover(r, hadr));
        files.put("restore-drill.md", DrillRunbooks.restore(r, hadr));
        files.put("migration-cutover.md", ChangeRunbooks.cutover(r));
        files.put("load-test.md", ChangeRunbooks.loadTest(r, capacity, scripts, weights));
        Runbooks runbooks = new Runbooks(files, scripts, weights);
        StringBuilder md = new StringBuilder("| runbook | purpose |\n|---|---|\n");
        md.append("| runbooks/failover-drill.md | prove the standby takes over within the RTO, quarterly |\n");
        md.append("| runbooks/restore-drill.md | prove a point-in-time restore works and time it, ")
                .append(hadr.backup().restoreTestCadence()).append(" |\n");
        md.append("| runbooks/migration-cutover.md | apply schema changes without blocking, with a rollback path |\n");
        md.append("| runbooks/load-test.md | pgbench at peak and 1.5× peak against the query mix (")
                .append(scripts.size()).append(" scripts in loadtest/) |\n");
        return new Section<>("runbooks", "Runbooks", md.toString(), runbooks);
    }
}

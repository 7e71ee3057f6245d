package io.dbarch.knowledge.design.runbooks;

import java.util.Map;

/**
 * The runbooks of a design package.
 *
 * @param files          runbook Markdown by file name, e.g. {@code failover-drill.md}
 * @param pgbenchScripts pgbench custom scripts by file name, one per main query, e.g. {@code my_tasks.sql}
 * @param pgbenchWeights the weight of each script in the mix (its share of statements, in tenths of a percent)
 */
public record Runbooks(Map<String, String> files, Map<String, String> pgbenchScripts, Map<String, Integer> pgbenchWeights) {

    public Runbooks {
        files = Map.copyOf(files);
        pgbenchScripts = Map.copyOf(pgbenchScripts);
        pgbenchWeights = Map.copyOf(pgbenchWeights);
    }
}

package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.List;

/** DETACH PARTITION without CONCURRENTLY. */
final class RequireConcurrentPartitionDetach extends MigrationRule {

    @Override public String id() { return "require-concurrent-partition-detach"; }
    @Override public String summary() { return "Detach partitions CONCURRENTLY (PostgreSQL 14+)."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction.DetachPartition> a : Ddl.actions(context, AlterAction.DetachPartition.class)) {
            if (a.action().concurrently() || !context.existedBefore(a.alter().table())) {
                continue;
            }
            String parent = a.alter().table().toString();
            findings.add(finding(a.statement().location(), a.action().partition().toString(), "DETACH PARTITION "
                    + a.action().partition() + " takes an ACCESS EXCLUSIVE lock on " + parent + ": every query on the"
                    + " partitioned table waits.", "ALTER TABLE " + parent + " DETACH PARTITION "
                    + a.action().partition() + " CONCURRENTLY; (outside a transaction block, PostgreSQL 14+)."));
        }
        return findings;
    }
}

package io.dbarch.knowledge.design.hadr;

import io.dbarch.knowledge.design.Platform.Engine;
import io.dbarch.knowledge.design.Requirements;

/** The Markdown of the HA/DR section. */
final class HaDrMarkdown {

    private HaDrMarkdown() {
    }

    static String render(Requirements r, HaDrDesign d) {
        StringBuilder md = new StringBuilder();
        md.append("**Tier:** ").append(d.tier().description()).append(", from availability ")
                .append(HaDrDesigner.fmt(r.slas().availabilityPercent())).append("%, RPO ").append(r.slas().rpoSeconds())
                .append(" s and RTO ").append(r.slas().rtoMinutes()).append(" min.\n\n");
        md.append("### Topology\n\n");
        md.append("- Primary in ").append(r.slas().regions().isEmpty() ? "the primary region" : r.slas().regions().get(0))
                .append(d.standbys() == 0 ? ", no standby; recovery is a restore from backup.\n"
                        : ", %s in other availability zones, %s replication, automatic failover (~30–120 s).\n"
                        .formatted(d.standbys() == 1 ? "one standby" : d.standbys() + " standbys",
                                d.synchronous() ? "synchronous (quorum)" : "asynchronous"));
        d.drRegion().ifPresent(dr -> md.append("- Cross-region DR: an asynchronous replica in ").append(dr)
                .append(", promoted by a runbook decision (not automatically: a region-wide failover must be a human call ")
                .append("to avoid split brain). Data loss on region loss equals the replication lag, typically under a few seconds.\n"));
        md.append("- Read replicas serve read-only traffic and reports; they are not backups (they replicate mistakes at once).\n");
        if (r.slas().writeRegions().size() > 1) {
            md.append("\n**Active-active, honestly:** writes in several regions either wait for a cross-region round trip "
                    + "(distributed SQL, consensus) or accept conflicts (multi-primary with last-writer-wins or merge rules). "
                    + "PostgreSQL and MySQL offer no conflict-free multi-primary; the recommended design is one write region, "
                    + "local read replicas, and a home region per tenant if write latency matters.\n");
        }
        HaDrDesign.BackupPlan b = d.backup();
        md.append("\n### Backups\n\n");
        md.append("- Full (base) backup every %d h %s; retention %d days.\n".formatted(b.fullBackupIntervalHours(),
                b.pointInTimeRecovery() ? "plus continuous WAL archiving (point-in-time recovery to any second in the window)"
                        : "without WAL archiving (restores only to a backup)", b.retentionDays()));
        b.copyRegion().ifPresent(c -> md.append("- A copy of every backup in ").append(c).append(".\n"));
        md.append("- Encryption: ").append(b.encryption()).append(".\n");
        md.append("- Restore test: ").append(b.restoreTestCadence()).append(", timed, into a scratch instance (see runbooks/restore-drill.md).\n");
        md.append("- ").append(d.restore().explanation()).append("\n");
        md.append("\n### SLOs\n\n| objective | target | measured by |\n|---|---|---|\n");
        d.slos().forEach(s -> md.append("| ").append(s.objective()).append(" | ").append(s.target()).append(" | ")
                .append(s.measuredBy()).append(" |\n"));
        md.append("\n### Assumptions behind these numbers\n\n");
        md.append("- Growth %s%% a year; restore throughput %s GB/h; WAL of ~2 KB per write.\n".formatted(
                HaDrDesigner.fmt(r.workload().growthPercentPerYear()), HaDrDesigner.fmt(r.platform().backup().restoreGbPerHour())));
        md.append("- Failover time assumes health checks every 10 s and 3 misses before promotion.\n");
        md.append("\n### Engine notes\n\n");
        Engine engine = r.platform().engine();
        md.append("- **").append(engine.displayName()).append(" (chosen):** ").append(EngineNotes.HA.get(engine)).append('\n');
        for (Engine other : Engine.values()) {
            if (other != engine) {
                md.append("- **").append(other.displayName()).append(":** ").append(EngineNotes.HA.get(other)).append('\n');
            }
        }
        return md.toString();
    }
}

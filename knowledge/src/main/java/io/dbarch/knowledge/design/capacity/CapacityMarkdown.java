package io.dbarch.knowledge.design.capacity;

import io.dbarch.knowledge.design.Requirements;

/** The Markdown of the capacity section. */
final class CapacityMarkdown {

    private CapacityMarkdown() {
    }

    static String render(Requirements r, CapacityPlan p, double scale) {
        StringBuilder md = new StringBuilder();
        md.append("Estimated from row counts × row width (24-byte header, aligned columns) + B-tree indexes + 15% "
                + "page overhead, growing %s%% a year (per entity where stated)."
                .formatted(fmt(r.workload().growthPercentPerYear())));
        if (Math.abs(scale - 1) > 0.05) {
            md.append(" The stated size (%,.0f GB) is %.1f× the model's estimate, so the projection below is scaled to it "
                    .formatted(r.workload().dataSizeGb().orElse(0.0), scale))
                    .append(scale > 1 ? "(data the model does not see: bloat, large values, tables not listed)."
                            : "(the model is conservative: stated row counts or value sizes run ahead of today's data).");
        }
        md.append("\n\n| entity | rows today | bytes/row | indexes | GB today | rows year 3 | GB year 3 |\n|---|---|---|---|---|---|---|\n");
        for (CapacityPlan.EntityGrowth e : p.entities()) {
            md.append("| %s | %,d | %d | %d | %,.1f | %,d | %,.1f |\n".formatted(e.today().entity(), e.today().rows(),
                    e.today().rowBytes(), e.today().indexes(), e.today().totalGb(), e.year3().rows(), e.year3().totalGb()));
        }
        md.append("\n### Three-year projection\n\n| year | data GB | peak reads/s | peak writes/s |\n|---|---|---|---|\n");
        p.years().forEach(y -> md.append("| %d | %,.0f | %,.0f | %,.0f |\n".formatted(y.year(), y.dataGb(),
                y.readsPerSecond(), y.writesPerSecond())));
        md.append("\nPeak rates are assumed to grow with the data.\n\n### IOPS, memory and connections (year 3)\n\n");
        md.append("- **IOPS:** about %,d at peak (reads: 3 pages per statement with a 95%% cache hit rate; writes: heap + ~3 index pages, halved by checkpoint coalescing, plus WAL flushes). Provision at least %,d.\n"
                .formatted(p.peakIops(), Math.max(3000, p.peakIops() * 2)));
        md.append("- **Memory:** %d GB, so the hot %d%% of the data (recent rows, upper index levels) stays cached; shared_buffers at 25%% of it.\n"
                .formatted(p.memoryGb(), Math.round(CapacityPlanner.HOT_SHARE * 100)));
        md.append(("- **Connections:** about %d busy at peak (Little's law: statements/s × %.0f ms mean). A server-side pool of %d is "
                + "enough; put PgBouncer (transaction mode) in front once application instances × their pools exceed ~200 "
                + "client connections. Each idle PostgreSQL backend costs memory and snapshot work, so more connections "
                + "do not add throughput.\n").formatted(p.activeConnections(), CapacityPlanner.MEAN_STATEMENT_MS, p.poolSize()));
        if (r.tenancy().multiTenant()) {
            md.append("- With transaction pooling, set the tenant per transaction (`SET LOCAL app.tenant_id` or "
                    + "`set_config('app.tenant_id', …, true)`), never per session.\n");
        }
        md.append("\n### Partitioning\n\n| table | partition? | key | when |\n|---|---|---|---|\n");
        p.partitioning().forEach(a -> md.append("| %s | %s | %s | %s |\n".formatted(a.table(), a.recommended() ? "yes" : "no",
                a.key(), a.when())));
        md.append("\n### Sharding\n\n").append(p.sharding().explanation()).append('\n');
        return md.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}

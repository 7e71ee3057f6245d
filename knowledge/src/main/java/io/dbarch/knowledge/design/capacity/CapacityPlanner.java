package io.dbarch.knowledge.design.capacity;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.Entity;
import io.dbarch.knowledge.design.EntityKind;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans capacity: storage from the domain model, a three-year projection at the stated growth, IOPS, memory and
 * connection estimates, partitioning advice per table, and the point where sharding would become necessary.
 */
public final class CapacityPlanner {

    /** Sustained simple writes per second one well-provisioned primary handles (32 vCPU, NVMe). */
    static final double WRITE_CEILING = 20_000;
    /** Data size beyond which one node becomes hard to restore, vacuum and rebuild replicas for. */
    static final double STORAGE_CEILING_GB = 10_000;
    /** Mean time of an indexed OLTP statement, for Little's law. */
    static final double MEAN_STATEMENT_MS = 5;
    /** Share of the data that is hot (recent rows and upper index levels). */
    static final double HOT_SHARE = 0.2;
    /** Tables beyond this size in year 3 are candidates for partitioning. */
    static final double PARTITION_GB = 100;

    public Section<CapacityPlan> plan(Requirements r) {
        requireNonNull(r, "r");
        List<CapacityPlan.EntityGrowth> entities = r.domain().entities().stream()
                .map(e -> new CapacityPlan.EntityGrowth(SizeModel.of(r, e, 0), SizeModel.of(r, e, 3))).toList();
        double g = 1 + r.workload().growthPercentPerYear() / 100;
        double scale = SizeModel.scale(r);
        List<CapacityPlan.Year> years = new ArrayList<>();
        for (int y = 0; y <= 3; y++) {
            years.add(new CapacityPlan.Year(y, SizeModel.projectedGb(r, y), r.workload().peakReadsPerSecond() * Math.pow(g, y),
                    r.workload().peakWritesPerSecond() * Math.pow(g, y)));
        }
        CapacityPlan.Year y3 = years.get(3);
        double readIops = y3.readsPerSecond() * 3 * 0.05;
        double writeIops = y3.writesPerSecond() * 4 / 2 + y3.writesPerSecond() / 4;
        long iops = Math.round(readIops + writeIops);
        int memory = roundUpPowerOfTwo(Math.max(8, y3.dataGb() * HOT_SHARE));
        int active = (int) Math.ceil((y3.readsPerSecond() + y3.writesPerSecond()) * MEAN_STATEMENT_MS / 1000);
        int pool = Math.max(10, active * 2);
        List<CapacityPlan.PartitionAdvice> partitions = r.domain().entities().stream()
                .map(e -> partitionAdvice(r, e)).toList();
        CapacityPlan plan = new CapacityPlan(entities, years, iops, memory, active, pool, partitions,
                Sharding.verdict(years.get(0), g, storageGrowth(years)));
        return new Section<>("capacity", "Capacity", CapacityMarkdown.render(r, plan, scale), plan);
    }

    private static CapacityPlan.PartitionAdvice partitionAdvice(Requirements r, Entity e) {
        SizeModel.EntitySize y3 = SizeModel.of(r, e, 3);
        boolean event = e.kind() == EntityKind.EVENT;
        boolean retention = r.compliance().retentionOf(e.name()).isPresent();
        if (event && (y3.rows() >= 10_000_000 || retention)) {
            return new CapacityPlan.PartitionAdvice(e.name(), true, "range on created_at, monthly",
                    "from the start: %,.0f GB and %,d rows in year 3%s".formatted(y3.totalGb(), y3.rows(),
                            retention ? "; retention drops whole months" : ""));
        }
        if (y3.totalGb() >= PARTITION_GB) {
            String key = r.tenancy().multiTenant() && !e.global() ? "hash on tenant_id (or range on created_at if old rows go cold)"
                    : "range on created_at, if queries mostly touch recent rows";
            return new CapacityPlan.PartitionAdvice(e.name(), true, key,
                    "when it passes %,.0f GB (%,.0f GB expected in year 3): vacuum and index builds per partition stay short"
                            .formatted(PARTITION_GB, y3.totalGb()));
        }
        return new CapacityPlan.PartitionAdvice(e.name(), false, "none",
                "not needed: %,.1f GB in year 3 is well within one table's comfortable size".formatted(y3.totalGb()));
    }

    private static double storageGrowth(List<CapacityPlan.Year> years) {
        double now = years.get(0).dataGb();
        return now <= 0 ? 1 : Math.pow(years.get(3).dataGb() / now, 1.0 / 3);
    }

    private static int roundUpPowerOfTwo(double gb) {
        int result = 8;
        while (result < gb && result < 4096) {
            result *= 2;
        }
        return result;
    }
}

package io.dbarch.knowledge.design.capacity;

/** When sharding becomes necessary: the first single-primary limit reached at the stated growth. */
final class Sharding {

    private Sharding() {
    }

    /**
     * @param writeGrowth   yearly growth factor of the write rate (the workload's)
     * @param storageGrowth yearly growth factor of the data (from the per-entity projection)
     */
    static CapacityPlan.ShardingVerdict verdict(CapacityPlan.Year now, double writeGrowth, double storageGrowth) {
        double writeYears = years(now.writesPerSecond(), CapacityPlanner.WRITE_CEILING, writeGrowth);
        double storageYears = years(now.dataGb(), CapacityPlanner.STORAGE_CEILING_GB, storageGrowth);
        boolean writesFirst = writeYears <= storageYears;
        double first = Math.min(writeYears, storageYears);
        String factor = writesFirst
                ? "writes: %,.0f/s today against ~%,.0f/s one primary sustains".formatted(now.writesPerSecond(), CapacityPlanner.WRITE_CEILING)
                : "storage: %,.0f GB today against ~%,.0f GB one node stays manageable at".formatted(now.dataGb(), CapacityPlanner.STORAGE_CEILING_GB);
        boolean needed = first <= 3;
        String when = Double.isInfinite(first) ? "never at zero growth" : first <= 0 ? "already" : "in about %.1f years".formatted(first);
        String explanation = needed
                ? "Sharding becomes necessary %s (%s). Plan the shard key now (tenant_id for a multi-tenant system) and "
                        .formatted(when, factor) + "keep every query routable by it; first exhaust read replicas, "
                        + "partitioning and archiving, which postpone it."
                : ("Sharding is not necessary: the first single-primary limit is reached %s (%s). Until then one "
                        + "primary with read replicas, partitioning and archiving is simpler, cheaper and keeps joins and "
                        + "transactions local. Revisit when the measured growth differs from the stated one.")
                        .formatted(when, factor);
        return new CapacityPlan.ShardingVerdict(needed, first, factor, explanation);
    }

    private static double years(double now, double limit, double growthFactor) {
        if (now >= limit) {
            return 0;
        }
        if (now <= 0 || growthFactor <= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.log(limit / now) / Math.log(growthFactor);
    }
}

package io.dbarch.knowledge.design.capacity;

import java.util.List;

/**
 * Storage, load, IOPS, memory and connection estimates with a three-year projection.
 *
 * @param entities        per-entity size today and in year 3
 * @param years           projection for years 0 to 3
 * @param peakIops        estimated peak I/O operations per second in year 3
 * @param memoryGb        RAM recommended in year 3 (hot working set)
 * @param activeConnections busy connections at peak in year 3 (Little's law)
 * @param poolSize        recommended server-side pool size
 * @param partitioning    per-table partitioning advice
 * @param sharding        when sharding would become necessary
 */
public record CapacityPlan(
        List<EntityGrowth> entities,
        List<Year> years,
        long peakIops,
        int memoryGb,
        int activeConnections,
        int poolSize,
        List<PartitionAdvice> partitioning,
        ShardingVerdict sharding) {

    public CapacityPlan {
        entities = List.copyOf(entities);
        years = List.copyOf(years);
        partitioning = List.copyOf(partitioning);
    }

    /** One entity now and in year 3. */
    public record EntityGrowth(SizeModel.EntitySize today, SizeModel.EntitySize year3) {
    }

    /** One projected year. */
    public record Year(int year, double dataGb, double readsPerSecond, double writesPerSecond) {
    }

    /** Partitioning advice for one table: whether, when, and by what key. */
    public record PartitionAdvice(String table, boolean recommended, String key, String when) {
    }

    /**
     * The sharding verdict.
     *
     * @param yearsUntilNeeded years until the first single-primary limit is reached at the stated growth
     * @param limitingFactor   which limit is reached first
     */
    public record ShardingVerdict(boolean neededWithinThreeYears, double yearsUntilNeeded, String limitingFactor,
                                  String explanation) {
    }
}

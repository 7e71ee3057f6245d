package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * Service levels and where the system runs.
 *
 * @param rpoScope     the largest failure the RPO must survive
 * @param regions      regions the database runs in, primary first (empty: one unnamed region)
 * @param writeRegions regions where writes originate
 * @param zeroDowntime deploys and schema changes must not block traffic
 */
public record Slas(
        double availabilityPercent,
        int p99LatencyMs,
        long rpoSeconds,
        long rtoMinutes,
        FailureScope rpoScope,
        List<String> regions,
        List<String> writeRegions,
        Consistency consistency,
        boolean zeroDowntime) {

    public Slas {
        requireNonNull(rpoScope, "rpoScope");
        regions = List.copyOf(regions);
        writeRegions = List.copyOf(writeRegions);
        requireNonNull(consistency, "consistency");
    }

    /** Allowed downtime per year in minutes. */
    public double downtimeMinutesPerYear() {
        return (100.0 - availabilityPercent) / 100.0 * 365.25 * 24 * 60;
    }

    public boolean multiRegion() {
        return regions.size() > 1;
    }

    /** Failure domain. */
    public enum FailureScope { ZONE, REGION }

    /** The consistency the application needs from the database. */
    public enum Consistency {
        EVENTUAL, READ_YOUR_WRITES, STRONG, SERIALIZABLE;

        public boolean strict() {
            return this == STRONG || this == SERIALIZABLE;
        }

        public String spelling() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}

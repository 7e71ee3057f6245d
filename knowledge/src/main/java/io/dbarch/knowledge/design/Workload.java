package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Peak load, size and growth.
 *
 * @param dataSizeGb stated data size today; the capacity plan computes one from the domain model as well
 */
public record Workload(
        double peakReadsPerSecond,
        double peakWritesPerSecond,
        Optional<Double> dataSizeGb,
        double growthPercentPerYear,
        List<QueryPattern> queries) {

    public Workload {
        requireNonNull(dataSizeGb, "dataSizeGb");
        queries = List.copyOf(queries);
    }

    public double peakStatementsPerSecond() {
        return peakReadsPerSecond + peakWritesPerSecond;
    }
}

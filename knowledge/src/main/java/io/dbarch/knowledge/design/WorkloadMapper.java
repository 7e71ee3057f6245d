package io.dbarch.knowledge.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps {@code workload} of a validated document. */
final class WorkloadMapper {

    private WorkloadMapper() {
    }

    static double growth(JsonNode workload, Stated stated) {
        return stated.number(workload, "growthPercentPerYear", "workload.growthPercentPerYear", 30,
                "a growing product; 30% a year doubles data in under three years");
    }

    static Workload map(JsonNode workload, double growth, Stated stated) {
        double reads = stated.number(workload, "peakReadsPerSecond", "workload.peakReadsPerSecond", 200,
                "a modest interactive application");
        double writes = stated.number(workload, "peakWritesPerSecond", "workload.peakWritesPerSecond", 20,
                "a 10:1 read/write mix, typical of OLTP applications");
        List<QueryPattern> queries = new ArrayList<>();
        for (JsonNode q : workload.path("queries")) {
            queries.add(new QueryPattern(
                    q.path("name").asText(),
                    q.path("entity").asText(),
                    QueryPattern.Kind.valueOf(Stated.enumName(q.path("kind").asText())),
                    q.path("sharePercent").asDouble(),
                    Stated.texts(q, "filterBy"),
                    Stated.optionalText(q, "orderBy"),
                    q.path("limit").isNumber() ? q.path("limit").asInt() : 50,
                    Stated.optionalText(q, "groupBy"),
                    q.path("freshnessSeconds").isNumber()
                            ? Optional.of(q.path("freshnessSeconds").asInt()) : Optional.empty()));
        }
        return new Workload(reads, writes, Stated.optionalNumber(workload, "dataSizeGb"), growth, queries);
    }
}

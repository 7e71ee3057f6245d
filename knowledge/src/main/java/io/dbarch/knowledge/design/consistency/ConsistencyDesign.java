package io.dbarch.knowledge.design.consistency;

import java.util.List;

/**
 * Isolation levels and their anomalies per engine, the recommended level, and multi-region options.
 *
 * @param isolation the isolation level the application should use by default
 * @param practice  how the application gets the consistency it asked for
 */
public record ConsistencyDesign(String isolation, String practice, List<Anomalies> levels, List<String> multiRegion) {

    public ConsistencyDesign {
        levels = List.copyOf(levels);
        multiRegion = List.copyOf(multiRegion);
    }

    /** What one isolation level of one engine allows. */
    public record Anomalies(String engine, String level, String allows, String notes) {
    }
}

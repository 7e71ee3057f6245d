package io.dbarch.knowledge.design.analytics;

import io.dbarch.knowledge.design.Analytics.Report;
import io.dbarch.knowledge.design.Relationship;
import io.dbarch.knowledge.design.Requirements;
import java.util.ArrayList;
import java.util.List;

/** Materialized views for the stated reports, written in SQL the target accepts. */
final class ReportViews {

    private ReportViews() {
    }

    static List<String> of(Requirements r, String target) {
        List<String> views = new ArrayList<>();
        for (Report report : r.analytics().reports()) {
            List<String> keys = report.groupBy().stream().map(g -> column(r, report.entity(), g)).toList();
            List<String> measures = report.measures().isEmpty() ? List.of("count") : report.measures();
            List<String> selects = new ArrayList<>(keys);
            measures.forEach(m -> selects.add(m.equals("count") ? "count(*) AS row_count"
                    : m + " AS " + m.replace("(", "_").replace(")", "")));
            String view = "CREATE MATERIALIZED VIEW " + report.name() + " AS\n    SELECT " + String.join(", ", selects)
                    + "\n    FROM " + report.entity() + (keys.isEmpty() ? "" : "\n    GROUP BY " + String.join(", ", keys)) + ";";
            if (target.equals("clickhouse")) {
                view = "-- ClickHouse: use an AggregatingMergeTree target table fed by a materialized view with the same SELECT.\n" + view;
            }
            views.add(view);
        }
        return views;
    }

    private static String column(Requirements r, String entity, String name) {
        return r.domain().relationships().stream()
                .filter(rel -> rel.kind() != Relationship.Cardinality.MANY_TO_MANY)
                .filter(rel -> rel.kind() == Relationship.Cardinality.ONE_TO_MANY
                        ? rel.to().equals(entity) && rel.name().orElse(rel.from()).equals(name)
                        : rel.from().equals(entity) && rel.name().orElse(rel.to()).equals(name))
                .findFirst().map(rel -> name + "_id").orElse(name);
    }
}

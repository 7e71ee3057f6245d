package io.dbarch.knowledge.design.schema;

import io.dbarch.knowledge.design.Decision;
import io.dbarch.knowledge.design.Entity;
import io.dbarch.knowledge.design.QueryPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, per aggregate query, whether to keep the schema normalised or to denormalise into a materialized view,
 * from the rows per group, the query rate and the freshness the query tolerates.
 */
final class AggregatePlanner {

    /** Counting up to this many index entries per request stays well under a millisecond. */
    static final double ROWS_PER_GROUP_LIMIT = 1_000;

    private final SchemaContext ctx;
    private final List<Decision> decisions = new ArrayList<>();
    private final List<String> postgresViews = new ArrayList<>();

    AggregatePlanner(SchemaContext ctx) {
        this.ctx = ctx;
    }

    List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** CREATE MATERIALIZED VIEW statements (PostgreSQL) for the denormalised aggregates. */
    List<String> postgresViews() {
        return List.copyOf(postgresViews);
    }

    void plan(Map<String, String> servedBy) {
        double statements = ctx.requirements().workload().peakStatementsPerSecond();
        for (QueryPattern q : ctx.requirements().workload().queries()) {
            if (q.kind() != QueryPattern.Kind.AGGREGATE || q.groupBy().isEmpty()) {
                continue;
            }
            Optional<Entity> entity = ctx.requirements().domain().entity(q.entity());
            Optional<Entity> group = ctx.edges().stream()
                    .filter(e -> e.child().equals(q.entity()) && e.role().equals(q.groupBy().get()))
                    .findFirst().flatMap(e -> ctx.requirements().domain().entity(e.parent()));
            if (entity.isEmpty() || group.isEmpty() || group.get().rows() == 0) {
                continue;
            }
            double perGroup = (double) entity.get().rows() / group.get().rows();
            double rate = q.sharePercent() / 100 * statements;
            String topic = q.entity() + ": " + q.name();
            String load = "about %,.0f %s rows per %s at %,.0f queries/s".formatted(perGroup, q.entity(),
                    group.get().name(), rate);
            if (perGroup <= ROWS_PER_GROUP_LIMIT) {
                decisions.add(new Decision(topic, "kept normalised; counted through " + servedBy.getOrDefault(q.name(), "an index"),
                        load + ": an index range scan answers it in well under a millisecond",
                        "a materialized view or a counter column once groups exceed ~1,000 rows"));
            } else if (q.freshnessSeconds().orElse(0) >= 60) {
                String view = materializedView(q);
                decisions.add(new Decision(topic, "denormalised into materialized view " + view + ", refreshed every "
                                + q.freshnessSeconds().get() + " s with REFRESH MATERIALIZED VIEW CONCURRENTLY",
                        load + " would read %,.0f rows/s; the query tolerates %d s of staleness"
                                .formatted(perGroup * rate, q.freshnessSeconds().get()),
                        "a counter column maintained by trigger: always fresh, but every write updates the parent row (hot-row contention)"));
            } else {
                decisions.add(new Decision(topic, "kept normalised with an index; watch its latency",
                        load + ", and it must be fresh, so a periodically refreshed view does not fit",
                        "a counter column on " + group.get().name() + " maintained in the same transaction"));
            }
        }
    }

    private String materializedView(QueryPattern q) {
        String view = q.entity() + "_by_" + q.groupBy().get();
        String table = q.entity();
        List<String> keys = new ArrayList<>();
        if (ctx.scoped(table)) {
            keys.add("tenant_id");
        }
        q.groupBy().flatMap(g -> ctx.column(table, g)).ifPresent(keys::add);
        q.filterBy().forEach(f -> ctx.column(table, f).filter(c -> !keys.contains(c)).ifPresent(keys::add));
        String cols = String.join(", ", keys);
        StringBuilder sql = new StringBuilder();
        sql.append("CREATE MATERIALIZED VIEW ").append(view).append(" AS\n    SELECT ").append(cols)
                .append(", count(*) AS row_count\n    FROM ").append(table).append("\n    GROUP BY ").append(cols)
                .append(";\n");
        sql.append("CREATE UNIQUE INDEX ").append(view).append("_key ON ").append(view).append(" (").append(cols)
                .append(");\n");
        if (ctx.scoped(table)) {
            sql.append("-- Materialized views ignore row-level security: expose this one through a tenant-filtered view.\n");
            sql.append("CREATE VIEW ").append(view).append("_for_tenant WITH (security_barrier) AS\n    SELECT * FROM ")
                    .append(view).append(" WHERE tenant_id = ").append(PostgresDdl.CURRENT_TENANT).append(";\n");
        }
        postgresViews.add(sql.toString());
        return view;
    }
}

package io.dbarch.knowledge.design.lifecycle;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.Compliance.Retention;
import io.dbarch.knowledge.design.Entity;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Section;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import io.dbarch.knowledge.design.schema.TableDesign;
import java.util.ArrayList;
import java.util.List;

/** Plans retention and archival, erasure strategies and legal hold. */
public final class LifecycleDesigner {

    public Section<LifecyclePlan> design(Requirements r, SchemaDesign schema) {
        requireNonNull(r, "r");
        requireNonNull(schema, "schema");
        List<LifecyclePlan.RetentionRule> retention = new ArrayList<>();
        for (Retention x : r.compliance().retention()) {
            boolean partitioned = schema.table(x.entity()).flatMap(TableDesign::partitionKey).isPresent();
            long months = Math.round(x.years() * 12);
            String mechanism = partitioned
                    ? "monthly: export the partition older than %d months to Parquet in object storage, then detach and drop it".formatted(months)
                    : x.immutable() ? "write-once: app_rw has no UPDATE/DELETE; a yearly purge job run by the migrator role deletes rows past %d months".formatted(months)
                    : "nightly batched delete of rows past %d months (10,000 rows per batch to keep locks and WAL small)".formatted(months);
            String sql = partitioned
                    ? ("ALTER TABLE %1$s DETACH PARTITION %1$s_YYYY_MM CONCURRENTLY;\n-- export %1$s_YYYY_MM, verify the copy, then:\n"
                    + "DROP TABLE %1$s_YYYY_MM;").formatted(x.entity())
                    : ("DELETE FROM %1$s WHERE id IN (\n    SELECT id FROM %1$s WHERE created_at < now() - interval '%2$d months'%3$s\n"
                    + "    ORDER BY id LIMIT 10000);  -- repeat until no row is deleted").formatted(x.entity(), months,
                    r.compliance().legalHold() ? "\n      AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.entity = '" + x.entity()
                            + "' AND h.row_id = " + x.entity() + ".id AND h.released_at IS NULL)" : "");
            retention.add(new LifecyclePlan.RetentionRule(x.entity(), x.years(), x.immutable(), mechanism, sql));
        }
        List<LifecyclePlan.ErasureStrategy> erasure = r.compliance().rightToErasure() ? erasure(r) : List.of();
        LifecyclePlan plan = new LifecyclePlan(retention, erasure, r.compliance().legalHold());
        return new Section<>("lifecycle", "Data lifecycle", LifecycleMarkdown.render(r, plan), plan);
    }

    private static List<LifecyclePlan.ErasureStrategy> erasure(Requirements r) {
        List<LifecyclePlan.ErasureStrategy> strategies = new ArrayList<>();
        for (Entity e : r.domain().entities()) {
            boolean personal = e.holdsPersonalData();
            boolean immutable = r.compliance().retentionOf(e.name()).map(Retention::immutable).orElse(false);
            List<String> people = r.domain().relationships().stream().filter(rel -> rel.from().equals(e.name()))
                    .filter(rel -> r.domain().entity(rel.to()).map(Entity::holdsPersonalData).orElse(false))
                    .map(rel -> rel.name().orElse(rel.to())).toList();
            if (personal && immutable) {
                strategies.add(new LifecyclePlan.ErasureStrategy(e.name(), "crypto-shredding",
                        "rows are write-once; encrypt personal fields with a per-person key and destroy the key on erasure"));
            } else if (personal) {
                List<String> blocking = r.domain().relationships().stream()
                        .filter(rel -> rel.to().equals(e.name()) && rel.onDelete() == io.dbarch.knowledge.design.Relationship.OnDelete.RESTRICT)
                        .map(rel -> rel.from() + "." + rel.name().orElse(rel.to()) + "_id").toList();
                strategies.add(new LifecyclePlan.ErasureStrategy(e.name(), blocking.isEmpty() ? "delete the row"
                        : "delete the row after pseudonymising " + String.join(", ", blocking) + " (restrict)",
                        "holds personal data directly; cascading foreign keys remove dependent rows with it"));
            } else if (!people.isEmpty()) {
                strategies.add(new LifecyclePlan.ErasureStrategy(e.name(), "pseudonymise: set " + String.join(", ",
                        people.stream().map(p -> p + "_id").toList()) + " to NULL or to a tombstone person",
                        "keeps the business record (totals, history) without pointing at the person"));
            }
        }
        return strategies;
    }
}

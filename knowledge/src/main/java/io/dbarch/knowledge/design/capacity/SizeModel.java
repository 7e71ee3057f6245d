package io.dbarch.knowledge.design.capacity;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.Attribute;
import io.dbarch.knowledge.design.Entity;
import io.dbarch.knowledge.design.EntityKind;
import io.dbarch.knowledge.design.Relationship;
import io.dbarch.knowledge.design.Requirements;

/**
 * Storage estimates from row counts × row width + indexes + overhead, with PostgreSQL's physical layout:
 * a 24-byte tuple header, a 4-byte line pointer, 8-byte alignment, 15% page and free-space overhead for tables,
 * and B-tree entries of 8 bytes + key + 4-byte line pointer at 70% effective page fill.
 */
public final class SizeModel {

    static final int TUPLE_HEADER = 24;
    static final int LINE_POINTER = 4;
    static final double TABLE_OVERHEAD = 1.15;
    static final double INDEX_FILL = 0.70;
    private static final double GB = 1_000_000_000.0;

    private SizeModel() {
    }

    /** The size of one entity's table and indexes after {@code years} of growth (0 = today). */
    public static EntitySize of(Requirements requirements, Entity entity, int years) {
        requireNonNull(requirements, "requirements");
        requireNonNull(entity, "entity");
        boolean tenantKey = requirements.tenancy().multiTenant() && !entity.global()
                && !entity.name().equals(requirements.tenancy().tenantEntity());
        long foreignKeys = requirements.domain().relationships().stream()
                .filter(r -> r.kind() != Relationship.Cardinality.MANY_TO_MANY)
                .filter(r -> r.kind() == Relationship.Cardinality.ONE_TO_MANY ? r.to().equals(entity.name())
                        : r.from().equals(entity.name()))
                .count();
        int row = TUPLE_HEADER + 8 + (entity.kind() == EntityKind.EVENT ? 8 : 16) + (tenantKey ? 8 : 0)
                + (int) foreignKeys * 8;
        for (Attribute a : entity.attributes()) {
            row += columnBytes(a);
        }
        row = (row + 7) / 8 * 8 + LINE_POINTER;
        int indexes = 1 + (int) foreignKeys + (entity.naturalKey().isEmpty() ? 0 : 1)
                + (int) entity.attributes().stream().filter(Attribute::unique).count();
        double rows = entity.rowsAfterYears(years);
        double tableGb = rows * row * TABLE_OVERHEAD / GB;
        double indexGb = rows * indexes * (8 + 16 + LINE_POINTER) / INDEX_FILL / GB;
        return new EntitySize(entity.name(), Math.round(rows), row, indexes, tableGb, indexGb);
    }

    /** Estimated total size of all entities after {@code years}, in GB. */
    public static double estimatedGb(Requirements requirements, int years) {
        return requirements.domain().entities().stream()
                .mapToDouble(e -> of(requirements, e, years).totalGb()).sum();
    }

    /**
     * The data size today: the stated {@code workload.dataSizeGb}, or the estimate from the domain model when
     * nothing is stated.
     */
    public static double currentGb(Requirements requirements) {
        return requirements.workload().dataSizeGb().orElseGet(() -> estimatedGb(requirements, 0));
    }

    /**
     * The projected data size after {@code years}: the model's per-entity growth, scaled so that year 0 equals the
     * stated {@code workload.dataSizeGb} when one is stated.
     */
    public static double projectedGb(Requirements requirements, int years) {
        double estimatedNow = estimatedGb(requirements, 0);
        if (requirements.domain().entities().isEmpty() || estimatedNow <= 0) {
            return requirements.workload().dataSizeGb().orElse(0.0)
                    * Math.pow(1 + requirements.workload().growthPercentPerYear() / 100, years);
        }
        return estimatedGb(requirements, years) * scale(requirements);
    }

    /** Stated size ÷ estimated size today (1 when nothing is stated). */
    public static double scale(Requirements requirements) {
        double estimatedNow = estimatedGb(requirements, 0);
        return requirements.workload().dataSizeGb().filter(s -> estimatedNow > 0).map(s -> s / estimatedNow).orElse(1.0);
    }

    static int columnBytes(Attribute a) {
        if (a.averageBytes().isPresent()) {
            return a.averageBytes().get() + (a.averageBytes().get() > 126 ? 4 : 1);
        }
        return switch (a.type()) {
            case TEXT -> 101;
            case STRING -> 1 + Math.min(a.parameters().isEmpty() ? 40 : a.parameters().get(0), 60) / 2 + 2;
            case EMAIL -> 29;
            case MONEY, DECIMAL -> 12;
            case STATUS, INTEGER, DATE -> 4;
            case TIMESTAMP, BIGINT -> 8;
            case BOOLEAN -> 1;
            case JSON -> 204;
            case UUID -> 16;
        };
    }

    /**
     * One entity's estimated size.
     *
     * @param rowBytes bytes per row including header, alignment and line pointer
     * @param indexes  B-tree indexes assumed: primary key, one per foreign key, natural and unique keys
     */
    public record EntitySize(String entity, long rows, int rowBytes, int indexes, double tableGb, double indexGb) {
        public double totalGb() {
            return tableGb + indexGb;
        }
    }
}

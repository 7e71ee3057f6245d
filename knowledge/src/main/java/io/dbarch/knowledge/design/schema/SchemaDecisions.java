package io.dbarch.knowledge.design.schema;

import io.dbarch.knowledge.design.AttributeType;
import io.dbarch.knowledge.design.Decision;
import io.dbarch.knowledge.design.Entity;
import java.util.ArrayList;
import java.util.List;

/** The standing decisions of a generated schema, each with its reason and alternative. */
final class SchemaDecisions {

    private SchemaDecisions() {
    }

    static List<Decision> of(SchemaContext ctx, List<TableDesign> tables) {
        List<Decision> d = new ArrayList<>();
        List<Entity> entities = ctx.requirements().domain().entities();
        d.add(new Decision("keys", "bigint identity surrogate keys; natural keys as unique constraints",
                "stable, compact join keys that never change when business identifiers do",
                "UUIDv7 keys when ids are created outside the database or must not be guessable"));
        d.add(new Decision("normal form", "third normal form; many-to-many relationships as junction tables",
                "each fact is stored once, so updates cannot leave copies disagreeing",
                "denormalised read models, only where a query's rate justifies them (see below)"));
        if (has(entities, AttributeType.STRING) || has(entities, AttributeType.EMAIL)) {
            d.add(new Decision("string lengths", "text with a CHECK on char_length (PostgreSQL), VARCHAR(n) (MySQL)",
                    "changing a CHECK limit is a quick NOT VALID + VALIDATE, widening varchar(n) can rewrite the table",
                    "varchar(n), when other tools depend on the declared length"));
        }
        if (has(entities, AttributeType.STATUS)) {
            d.add(new Decision("statuses", "an enum type per status column", "compact (4 bytes), self-documenting, "
                    + "and ALTER TYPE … ADD VALUE adds a state without a rewrite",
                    "a lookup table when states carry attributes or are removed or renamed often"));
        }
        if (has(entities, AttributeType.MONEY)) {
            d.add(new Decision("money", "numeric(19,4) beside a currency code", "exact decimal arithmetic; 4 places "
                    + "cover currencies with minor units and rounding of rates", "bigint minor units (cents) for speed"));
        }
        if (entities.stream().anyMatch(ctx::emailKey)) {
            d.add(new Decision("email keys", "unique index on lower(email)", "addresses are case-insensitive in "
                    + "practice; Ann@x.com and ann@x.com must collide", "the citext extension"));
        }
        if (ctx.sharedSchema()) {
            d.add(new Decision("tenant key", "tenant_id on every tenant-owned table, leading every index; composite "
                    + "foreign keys (tenant_id, x_id); row-level-security policies on app.tenant_id",
                    "a row can never reference or reveal another tenant's row, even if a query forgets its filter",
                    "schema or database per tenant (see Multi-tenancy)"));
        }
        for (TableDesign t : tables) {
            t.partitionKey().ifPresent(k -> d.add(new Decision(t.name() + " partitioning",
                    "range partitions by month on " + k + "; primary key (id, " + k + ")",
                    "an append-only event stream: dropping a month is instant and queries on recent rows touch few partitions",
                    "one table with batched deletes, fine below ~10 million rows")));
        }
        if (tables.stream().anyMatch(TableDesign::auditColumns)) {
            d.add(new Decision("audit columns", "created_at and updated_at (timestamptz); a trigger keeps updated_at",
                    "cheap provenance for support and incremental extracts", "a full history table when "
                    + "every change must be reconstructible (see Security: auditing)"));
        }
        return d;
    }

    private static boolean has(List<Entity> entities, AttributeType type) {
        return entities.stream().flatMap(e -> e.attributes().stream()).anyMatch(a -> a.type() == type);
    }
}

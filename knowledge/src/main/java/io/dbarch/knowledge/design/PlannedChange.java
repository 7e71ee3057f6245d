package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/** A schema change planned for a running system. */
public record PlannedChange(String description, Optional<String> entity, Kind kind) {

    public PlannedChange {
        requireNonNull(description, "description");
        requireNonNull(entity, "entity");
        requireNonNull(kind, "kind");
    }

    /**
     * Change kinds, with whether PostgreSQL has an online technique for them.
     * {@code onlineTechnique} is empty when the change holds an ACCESS EXCLUSIVE lock for a table rewrite or scan.
     */
    public enum Kind {
        ADD_COLUMN("ADD COLUMN, nullable or with a constant default (no rewrite since PostgreSQL 11)"),
        ADD_INDEX("CREATE INDEX CONCURRENTLY"),
        ADD_FOREIGN_KEY("ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT"),
        ADD_CHECK("ADD CONSTRAINT … CHECK … NOT VALID, then VALIDATE CONSTRAINT"),
        SET_NOT_NULL("ADD CONSTRAINT … NOT NULL NOT VALID, then VALIDATE (PostgreSQL 18)"),
        CHANGE_COLUMN_TYPE(""),
        ADD_PRIMARY_KEY("CREATE UNIQUE INDEX CONCURRENTLY, then ADD PRIMARY KEY USING INDEX"),
        RENAME_COLUMN("expand and contract: add the new column, dual-write, backfill, switch reads, drop the old one"),
        DROP_COLUMN("stop reading the column, then DROP COLUMN (metadata only)"),
        REWRITE_TABLE("");

        private final String onlineTechnique;

        Kind(String onlineTechnique) {
            this.onlineTechnique = onlineTechnique;
        }

        public Optional<String> onlineTechnique() {
            return onlineTechnique.isEmpty() ? Optional.empty() : Optional.of(onlineTechnique);
        }

        public String spelling() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}

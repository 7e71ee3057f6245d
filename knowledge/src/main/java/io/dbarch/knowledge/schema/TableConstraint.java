package io.dbarch.knowledge.schema;

import java.util.Optional;

/** A constraint declared on a table: primary key, unique, check, foreign key or exclusion. */
public sealed interface TableConstraint
        permits PrimaryKey, UniqueConstraint, CheckConstraint, ForeignKey, ExclusionConstraint {

    /** The constraint's name when the source gave one (a catalog always does). */
    Optional<String> name();

    SourceLocation location();
}

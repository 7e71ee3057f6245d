package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.Verification.Failure;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.Sandbox;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The target as PostgreSQL itself would print it: a model read from a catalog is used as is; a model read from
 * text is built in a throwaway database and read back, so expressions and view texts compare in one spelling.
 * Any difference between that and the given model is reported (the target could not be reproduced faithfully).
 */
record TargetModel(SchemaModel model, List<String> differences, Optional<Failure> failure) {

    static TargetModel of(SchemaModel wanted, Sandbox sandbox) throws SQLException {
        if (ModelCheck.fromCatalog(wanted)) {
            return new TargetModel(wanted, List.of(), Optional.empty());
        }
        try (ThrowawayDatabase db = sandbox.newDatabase()) {
            Optional<Failure> failure = SchemaBuild.build(db, wanted, "target schema");
            if (failure.isPresent()) {
                return new TargetModel(wanted, List.of(), failure);
            }
            SchemaModel built = PlanVerifier.read(db);
            return new TargetModel(built, ModelCheck.differences(built, wanted), Optional.empty());
        }
    }
}

package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.Verification.Failure;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.Sandbox;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The target as PostgreSQL itself would print it: a model read from a catalog is used as is; a model read from
 * text is built in a throwaway database and read back, so expressions and view texts compare in one spelling.
 * Any difference between that and the given model is reported (the target could not be reproduced faithfully).
 */
record TargetModel(SchemaModel model, List<String> differences, Optional<Failure> failure) {

    /** Starts building the target in its own database, beside the run on the source. */
    static CompletableFuture<TargetModel> later(SchemaModel wanted, Sandbox sandbox) {
        if (ModelCheck.fromCatalog(wanted)) {
            return CompletableFuture.completedFuture(new TargetModel(wanted, List.of(), Optional.empty()));
        }
        return CompletableFuture.supplyAsync(() -> of(wanted, sandbox));
    }

    static TargetModel join(CompletableFuture<TargetModel> build) {
        try {
            return build.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new TargetModel(SchemaModel.empty(io.dbarch.knowledge.schema.Dialect.POSTGRESQL), List.of(),
                    Optional.of(new Failure("target schema", "", 0, "", "", String.valueOf(cause.getMessage()))));
        }
    }

    private static TargetModel of(SchemaModel wanted, Sandbox sandbox) {
        ThrowawayDatabase db = null;
        try {
            db = sandbox.newDatabase();
            Optional<Failure> failure = SchemaBuild.build(db, wanted, "target schema");
            if (failure.isPresent()) {
                return new TargetModel(wanted, List.of(), failure);
            }
            SchemaModel built = PlanVerifier.read(db);
            return new TargetModel(built, ModelCheck.differences(built, wanted), Optional.empty());
        } catch (SQLException e) {
            throw new CompletionException(e);
        } finally {
            dropLater(db);
        }
    }

    /** Drops a throwaway database in the background: nothing waits for it. */
    static void dropLater(ThrowawayDatabase db) {
        if (db != null) {
            CompletableFuture.runAsync(() -> {
                try {
                    db.close();
                } catch (RuntimeException e) {
                    // the sandbox drops what is left when it stops
                }
            });
        }
    }
}

package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.migration.Verification.Failure;
import io.dbarch.knowledge.migration.Verification.Status;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.CatalogReader;
import io.dbarch.knowledge.sql.Sandbox;
import io.dbarch.knowledge.sql.SandboxException;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Proves a plan on a real PostgreSQL: builds the source schema in a throwaway sandbox database, inserts sample
 * rows into every table, runs the plan's scripts with Flyway as the database's restricted role, reads the catalog
 * and diffs it against the target (the diff must be empty), and checks that rows and values survive wherever the
 * plan keeps them. Thread-safe; each call uses its own databases.
 */
public final class PlanVerifier {

    private static final int ROWS_PER_TABLE = 3;

    private final Sandbox sandbox;

    public PlanVerifier(Sandbox sandbox) {
        this.sandbox = requireNonNull(sandbox, "sandbox");
    }

    /** Verifies the plan on a new database built from the plan's source schema. */
    public Verification verify(MigrationPlan plan) {
        requireNonNull(plan, "plan");
        long start = System.nanoTime();
        Optional<String> skip = skipReason(plan);
        if (skip.isPresent()) {
            return Verification.skipped(skip.get(), since(start));
        }
        ThrowawayDatabase db = null;
        try {
            db = sandbox.newDatabase();
            Optional<Failure> failure = SchemaBuild.build(db, plan.from(), "source schema");
            if (failure.isPresent()) {
                return VerificationReport.failed(failure.get(), List.of(), 0, List.of(), since(start));
            }
            SchemaModel source = read(db);
            List<String> differences = ModelCheck.differences(source, plan.from());
            if (!differences.isEmpty()) {
                return VerificationReport.failed(new Failure("source schema", "", 0, "", "",
                        "the source schema built in the sandbox differs from the given one: "
                                + String.join("; ", differences)), List.of(), 0, List.of(), since(start));
            }
            return run(plan, db, source, start);
        } catch (SQLException | SandboxException e) {
            return VerificationReport.failed(new Failure("sandbox", "", 0, "", "", e.getMessage()), List.of(), 0,
                    List.of(), since(start));
        } finally {
            TargetModel.dropLater(db);
        }
    }

    /**
     * Verifies the plan on a database the caller prepared with the source schema (and possibly data). The
     * database is changed: sample rows are added and the plan is run on it.
     */
    public Verification verify(MigrationPlan plan, ThrowawayDatabase prepared) {
        requireNonNull(plan, "plan");
        requireNonNull(prepared, "prepared");
        long start = System.nanoTime();
        Optional<String> skip = skipReason(plan);
        if (skip.isPresent()) {
            return Verification.skipped(skip.get(), since(start));
        }
        try {
            return run(plan, prepared, read(prepared), start);
        } catch (SQLException | SandboxException e) {
            return VerificationReport.failed(new Failure("sandbox", "", 0, "", "", e.getMessage()), List.of(), 0,
                    List.of(), since(start));
        }
    }

    private Verification run(MigrationPlan plan, ThrowawayDatabase db, SchemaModel source, long start)
            throws SQLException {
        Renames renames = Renames.of(plan);
        SampleData.Result sample = new SampleData(source, new SampleTarget(source, plan.to(), renames),
                ROWS_PER_TABLE).insert(db);
        var before = census(db, source);
        FlywayRun.Result flyway = FlywayRun.run(plan, db);
        if (flyway.failure().isPresent()) {
            return VerificationReport.failed(flyway.failure().get(), flyway.steps(), sample.rows(), sample.notes(),
                    since(start));
        }
        SchemaModel after = ModelCheck.withoutHistory(read(db));
        List<String> differences = new java.util.ArrayList<>(ModelCheck.differences(after, plan.to()));
        if (!differences.isEmpty() && !ModelCheck.fromCatalog(plan.to())) {
            // the target was read from text: compare with it as PostgreSQL prints it before calling it different
            TargetModel target = TargetModel.join(TargetModel.later(plan.to(), sandbox));
            if (target.failure().isPresent()) {
                return VerificationReport.failed(target.failure().get(), flyway.steps(), sample.rows(),
                        sample.notes(), since(start));
            }
            differences.clear();
            differences.addAll(ModelCheck.differences(after, target.model()));
            target.differences().forEach(d -> differences.add("target not reproducible: " + d));
        }
        List<String> losses = DataSurvival.losses(plan, source, before, after, census(db, after));
        Status status = differences.isEmpty() && losses.isEmpty() ? Status.VERIFIED : Status.FAILED;
        return VerificationReport.finished(status, flyway.steps(), differences, losses, sample.rows(),
                sample.notes(), since(start));
    }

    private static Optional<String> skipReason(MigrationPlan plan) {
        if (plan.dialect() != Dialect.POSTGRESQL) {
            return Optional.of("the sandbox is PostgreSQL; " + plan.dialect().id() + " plans are not run there");
        }
        if (!plan.ready()) {
            return Optional.of("the plan is not ready (" + plan.decisions().size() + " decision(s), "
                    + plan.refusals().size() + " refusal(s) pending)");
        }
        return Optional.empty();
    }

    static SchemaModel read(ThrowawayDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return new CatalogReader().read(c, db.jdbcUrl());
        }
    }

    private static java.util.Map<io.dbarch.knowledge.schema.QualifiedName, RowCensus.Counts> census(
            ThrowawayDatabase db, SchemaModel model) throws SQLException {
        try (Connection c = db.connect()) {
            return RowCensus.take(c, model);
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.Verification.Failure;
import io.dbarch.knowledge.migration.Verification.StepRun;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/** Runs a plan's scripts with real Flyway against a sandbox database, as the restricted role. */
final class FlywayRun {

    /** The history table Flyway keeps while verifying; left out when the result is compared. */
    static final String HISTORY_TABLE = "dbarch_verify_history";

    record Result(List<StepRun> steps, Optional<Failure> failure) {
    }

    private FlywayRun() {
    }

    static Result run(MigrationPlan plan, ThrowawayDatabase db) {
        Path dir;
        try {
            dir = Files.createTempDirectory("dbarch-plan-");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for the migration scripts: " + e.getMessage(), e);
        }
        try {
            for (MigrationFile file : new FlywayFolder().scripts(plan)) {
                Files.writeString(dir.resolve(file.name()), file.content(), StandardCharsets.UTF_8);
            }
            return migrate(plan, db, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the migration scripts: " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    private static Result migrate(MigrationPlan plan, ThrowawayDatabase db, Path dir) {
        FluentConfiguration config = Flyway.configure(FlywayRun.class.getClassLoader())
                .dataSource(new SandboxDataSource(db))
                .locations("filesystem:" + dir)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion(String.valueOf(plan.options().firstVersion() - 1))
                .placeholderReplacement(false)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .connectRetries(0);
        config.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        Flyway flyway = config.load();
        List<StepRun> steps = new ArrayList<>();
        try {
            MigrateResult result = flyway.migrate();
            result.migrations.forEach(m -> steps.add(new StepRun(Integer.parseInt(m.version), name(m.filepath),
                    Duration.ofMillis(m.executionTime), true)));
            return new Result(steps, Optional.empty());
        } catch (FlywayMigrateException e) {
            if (e.getErrorResult() != null && e.getErrorResult().migrations != null) {
                e.getErrorResult().migrations.forEach(m -> steps.add(new StepRun(Integer.parseInt(m.version),
                        name(m.filepath), Duration.ofMillis(m.executionTime), true)));
            }
            String script = e.getMigration() == null ? "" : e.getMigration().getScript();
            steps.add(new StepRun(e.getMigration() == null ? 0 : Integer.parseInt(e.getMigration().getVersion()
                    .getVersion()), script, Duration.ZERO, false));
            String statement = e.getCause() instanceof FlywaySqlScriptException s && s.getStatement() != null
                    ? s.getStatement() : "";
            return new Result(steps, Optional.of(new Failure("migration", script, e.getLineNumber(), statement,
                    Optional.ofNullable(e.getSqlState()).orElse(""), message(e))));
        } catch (FlywayException e) {
            return new Result(steps, Optional.of(new Failure("migration", "", 0, "", "", firstLine(e.getMessage()))));
        }
    }

    private static String message(FlywayMigrateException e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return firstLine(t.getMessage());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String name(String path) {
        return path == null ? "" : Path.of(path).getFileName().toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}

package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a plan as a Flyway folder: {@code V<version>__<phase>_<what>.sql} per step (with
 * {@code V….sql.conf} saying {@code executeInTransaction=false} where the step must run outside a transaction),
 * {@code U<version>__….sql} undo scripts where the step can be reversed, {@code CHECKLIST.md} and
 * {@code flyway.conf} with the settings the scripts rely on. Stateless and thread-safe.
 */
public final class FlywayFolder {

    /** The files of the plan, in order: scripts, undo scripts, checklist, configuration. */
    public List<MigrationFile> files(MigrationPlan plan) {
        requireNonNull(plan, "plan");
        List<MigrationFile> files = new ArrayList<>(scripts(plan));
        for (MigrationStep step : plan.steps()) {
            if (step.reversible()) {
                files.add(new MigrationFile("U" + baseName(step) + ".sql", script(step, step.undo(), true)));
            }
        }
        files.add(new MigrationFile("CHECKLIST.md", new ChecklistWriter(plan, this).markdown()));
        files.add(new MigrationFile("flyway.conf", FlywaySettings.conf(plan)));
        return files;
    }

    /** Only what Flyway runs: the V scripts and their .conf files. */
    public List<MigrationFile> scripts(MigrationPlan plan) {
        requireNonNull(plan, "plan");
        List<MigrationFile> files = new ArrayList<>();
        for (MigrationStep step : plan.steps()) {
            files.add(new MigrationFile(scriptName(step), script(step, step.statements(), false)));
            if (!step.transactional()) {
                files.add(new MigrationFile(scriptName(step) + ".conf", "executeInTransaction=false\n"));
            }
        }
        return files;
    }

    /**
     * Writes {@link #files} into {@code dir} (created if missing).
     *
     * @throws IllegalStateException when the plan is not ready (pending decisions or refusals) or a file of that
     *                               name already exists; nothing is written then
     * @throws UncheckedIOException  when writing fails
     */
    public List<Path> write(MigrationPlan plan, Path dir) {
        requireNonNull(plan, "plan");
        requireNonNull(dir, "dir");
        if (!plan.ready()) {
            throw new IllegalStateException("the plan is not ready: " + plan.decisions().size()
                    + " decision(s) and " + plan.refusals().size() + " refusal(s) pending ("
                    + plan.decisions().stream().map(Decision::asLine).limit(3).collect(Collectors.joining("; "))
                    + plan.refusals().stream().map(Refusal::asLine).limit(3).collect(Collectors.joining("; "))
                    + "); resolve them (rename hints, backfill values or accepting drop + add) and plan again");
        }
        List<MigrationFile> files = files(plan);
        try {
            Files.createDirectories(dir);
            for (MigrationFile file : files) {
                if (Files.exists(dir.resolve(file.name()))) {
                    throw new IllegalStateException(dir.resolve(file.name()) + " already exists; write into an"
                            + " empty folder or choose another first version");
                }
            }
            List<Path> written = new ArrayList<>();
            for (MigrationFile file : files) {
                written.add(Files.writeString(dir.resolve(file.name()), file.content(), StandardCharsets.UTF_8));
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the migration folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** {@code V3__expand_add_column_orders_note.sql}. */
    public String scriptName(MigrationStep step) {
        return "V" + baseName(step) + ".sql";
    }

    private static String baseName(MigrationStep step) {
        String slug = step.description().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("_+$", "");
        }
        return step.version() + "__" + step.phase().id() + "_" + slug;
    }

    static String script(MigrationStep step, List<String> statements, boolean undo) {
        var text = new StringBuilder();
        text.append("-- ").append(undo ? "Undo of " : "").append(step.phase().id()).append(": ")
                .append(step.description().replace("\n", " ")).append('\n');
        if (!undo) {
            step.deployBefore().ifPresent(d -> text.append("-- Deploy point: ").append(d).append('\n'));
            step.hazards().forEach(h -> text.append("-- Hazard ").append(h.asLine()).append('\n'));
            if (!step.transactional()) {
                text.append("-- Runs outside a transaction (see the .conf file beside it).\n");
            }
        }
        text.append('\n');
        for (String statement : statements) {
            text.append(statement).append(statement.startsWith("--") ? "\n\n" : ";\n\n");
        }
        return text.toString().stripTrailing() + "\n";
    }
}

package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import java.util.Optional;

/**
 * A drafted migration as the agent, the CLI and the HTTP API hand it out.
 *
 * @param plan         the plan (steps, hazards, decisions)
 * @param files        the Flyway folder: scripts, .conf files, undo scripts, CHECKLIST.md, flyway.conf
 * @param verification the sandbox run, when one was asked for and possible
 * @param lint         the linter's migration-safety findings on the scripts (safe mode: no error-level one)
 * @param summary      a short text for a person or a model (under ~2,000 characters)
 */
public record MigrationDraft(
        MigrationPlan plan, List<MigrationFile> files, Optional<Verification> verification, List<Finding> lint,
        String summary) {

    public MigrationDraft {
        requireNonNull(plan, "plan");
        files = List.copyOf(files);
        requireNonNull(verification, "verification");
        lint = List.copyOf(lint);
        requireNonNull(summary, "summary");
    }

    /** The file of that name, e.g. {@code CHECKLIST.md}. */
    public Optional<MigrationFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}

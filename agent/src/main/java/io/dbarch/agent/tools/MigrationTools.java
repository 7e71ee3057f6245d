package io.dbarch.agent.tools;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.knowledge.migration.FlywayFolder;
import io.dbarch.knowledge.migration.MigrationFile;
import io.dbarch.knowledge.migration.MigrationPlan;
import io.dbarch.knowledge.migration.MigrationPlanner;
import io.dbarch.knowledge.migration.Mode;
import io.dbarch.knowledge.migration.PlanOptions;
import io.dbarch.knowledge.migration.PlanVerifier;
import io.dbarch.knowledge.migration.RenameHint;
import io.dbarch.knowledge.sql.Sandbox;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Migration tools: draft a zero-downtime Flyway plan between two schemas, and verify it on a real PostgreSQL. */
public final class MigrationTools {

    public static final String DRAFT_MIGRATION = "draftMigration";
    public static final String VERIFY_MIGRATION = "verifyMigration";
    private static final String FROM = "Id of the artifact holding the current schema's DDL (e.g. art-1), or the DDL";
    private static final String TO = "Id of the artifact holding the target schema's DDL (e.g. art-2), or the DDL";
    private static final String RENAMES = "Renames, old=new separated by ';', e.g. orders.full_name=orders.name";
    private static final String BACKFILLS = "Values for existing rows of new NOT NULL columns, table.column=SQL "
            + "expression separated by ';', e.g. customer.email='unknown'";
    private static final String MODE = "safe (zero downtime, the default) or simple (plain DDL for empty databases)";

    private final ScriptSource source;
    private final ArtifactStore artifacts;
    private final Supplier<Sandbox> sandbox;
    private final MigrationPlanner planner = new MigrationPlanner();

    /** @param sandbox started only when a plan is verified */
    public MigrationTools(ScriptSource source, Supplier<Sandbox> sandbox) {
        this.source = requireNonNull(source, "source");
        this.artifacts = source.store().orElseThrow(() -> new IllegalArgumentException(
                "MigrationTools need a ScriptSource with an artifact store to keep the scripts"));
        this.sandbox = requireNonNull(sandbox, "sandbox");
    }

    @Tool(name = DRAFT_MIGRATION, value = "Drafts an ordered, online-safe Flyway migration from the current schema "
            + "to the target schema, with each step's hazards; stores the scripts and checklist as artifacts.")
    public String draftMigration(@ToolMemoryId Object conversationId, @P(value = FROM, name = "from") String from,
            @P(value = TO, name = "to") String to, @P(value = RENAMES, required = false) String renames,
            @P(value = BACKFILLS, required = false) String backfills,
            @P(value = MODE, required = false) String mode) {
        MigrationPlan plan = plan(conversationId, from, to, renames, backfills, mode);
        String cid = String.valueOf(conversationId);
        var files = new FlywayFolder().files(plan);
        String scripts = files.stream().filter(f -> !f.name().equals("CHECKLIST.md"))
                .map(f -> "-- ===== " + f.name() + " =====\n" + f.content()).collect(Collectors.joining("\n"));
        Artifact all = save(cid, "migration-scripts.sql", Artifact.SQL, scripts, plan.steps().size() + " scripts");
        String checklist = files.stream().filter(f -> f.name().equals("CHECKLIST.md")).map(MigrationFile::content)
                .findFirst().orElse("");
        Artifact list = save(cid, "CHECKLIST.md", Artifact.MARKDOWN, checklist, "migration checklist");
        return MigrationDigest.of(plan, all.id(), list.id());
    }

    @Tool(name = VERIFY_MIGRATION, value = "Verifies the drafted migration on a throwaway PostgreSQL: builds the "
            + "current schema with sample rows, runs the scripts, and checks the result equals the target schema.")
    public String verifyMigration(@ToolMemoryId Object conversationId, @P(value = FROM, name = "from") String from,
            @P(value = TO, name = "to") String to, @P(value = RENAMES, required = false) String renames,
            @P(value = BACKFILLS, required = false) String backfills,
            @P(value = MODE, required = false) String mode) {
        MigrationPlan plan = plan(conversationId, from, to, renames, backfills, mode);
        return new PlanVerifier(sandbox.get()).verify(plan).summary();
    }

    private MigrationPlan plan(Object cid, String from, String to, String renames, String backfills, String mode) {
        var current = source.load(cid, from, "from");
        var target = source.load(cid, to, "to");
        PlanOptions options = PlanOptions.defaults().withMode(mode(mode));
        if (renames != null && !renames.isBlank()) {
            options = options.withRenames(Arrays.stream(renames.split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).limit(200).map(RenameHint::parse).toList());
        }
        if (backfills != null && !backfills.isBlank()) {
            options = options.withBackfills(Backfills.parse(backfills));
        }
        return planner.plan(source.read(current).model(), source.read(target).model(), options);
    }

    private static Mode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return Mode.SAFE;
        }
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "safe" -> Mode.SAFE;
            case "simple" -> Mode.SIMPLE;
            default -> throw new IllegalArgumentException("mode must be safe or simple; got '"
                    + (mode.length() > 30 ? mode.substring(0, 30) + "…" : mode) + "'.");
        };
    }

    private Artifact save(String cid, String name, String type, String text, String summary) {
        return artifacts.save(cid, name, type, text.getBytes(StandardCharsets.UTF_8), summary);
    }
}

package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.erd.ErdFormat;
import io.dbarch.knowledge.erd.ErdOptions;
import io.dbarch.knowledge.erd.ErdRenderer;
import io.dbarch.knowledge.erd.ErdResult;
import io.dbarch.knowledge.migration.MigrationDraft;
import io.dbarch.knowledge.migration.MigrationDrafter;
import io.dbarch.knowledge.migration.MigrationFile;
import io.dbarch.knowledge.migration.PlanOptions;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.Sandbox;
import io.dbarch.knowledge.sql.SourceText;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds what a team's existing schema brings to a design package: the ERD of that schema and the Flyway folder that
 * takes it to the designed one (zero-downtime techniques, possible renames left for a person to decide), with a
 * section in design.md that summarises the plan.
 */
public final class CurrentSchema {

    private final ErdRenderer erd = new ErdRenderer();
    private final MigrationDrafter drafter = new MigrationDrafter(Sandbox::shared);

    public DesignPackage addTo(DesignPackage design, SchemaModel current) {
        requireNonNull(design, "design");
        requireNonNull(current, "current");
        String designedDdl = design.file("flyway/V1__initial_schema.sql").orElseThrow(() ->
                new IllegalArgumentException("the design package has no flyway/V1__initial_schema.sql"));
        SchemaModel designed = new DdlReader().read(List.of(SourceText.of("V1__initial_schema.sql", designedDdl)),
                Optional.of(current.dialect())).model();
        MigrationDraft draft = drafter.draft(current, designed, PlanOptions.defaults(), false);
        Map<String, String> files = new LinkedHashMap<>(design.files());
        files.put("design.md", design.designMarkdown() + section(draft));
        ErdResult diagram = erd.render(current, ErdOptions.defaults().withFormats(EnumSet.of(ErdFormat.SVG)));
        diagram.artifacts(ErdFormat.SVG).forEach(a -> files.put("current/" + a.name(), a.text()));
        for (MigrationFile f : draft.files()) {
            files.put("migration/" + f.name(), f.content());
        }
        return new DesignPackage(design.name(), files, design.escalations());
    }

    private static String section(MigrationDraft draft) {
        var text = new StringBuilder("\n\n## From the current schema\n\n");
        text.append(draft.summary()).append("\n\n");
        draft.plan().decisions().forEach(d -> text.append("- Decide: ").append(d.subject()).append(" — ")
                .append(d.message()).append('\n'));
        draft.plan().refusals().forEach(r -> text.append("- Left out: ").append(r.subject()).append(" — ")
                .append(r.reason()).append('\n'));
        text.append("\nThe Flyway folder under `migration/` takes the current schema (its ERD is under `current/`)"
                + " to the designed one; `migration/CHECKLIST.md` lists the checks before, during and after each"
                + " phase. Verify it with `dbarch diff CURRENT.sql flyway/ --verify` before a real run.\n");
        return text.toString();
    }
}

package io.dbarch.agent.tools;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.RequirementsReadResult;
import io.dbarch.knowledge.design.RequirementsReader;
import io.dbarch.knowledge.design.Section;
import io.dbarch.knowledge.design.analytics.AnalyticsDesigner;
import io.dbarch.knowledge.design.capacity.CapacityPlanner;
import io.dbarch.knowledge.design.consistency.ConsistencyDesigner;
import io.dbarch.knowledge.design.hadr.HaDrDesigner;
import io.dbarch.knowledge.design.lifecycle.LifecycleDesigner;
import io.dbarch.knowledge.design.runbooks.RunbookWriter;
import io.dbarch.knowledge.design.runbooks.Runbooks;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import io.dbarch.knowledge.design.schema.SchemaDesigner;
import io.dbarch.knowledge.design.security.SecurityDesign;
import io.dbarch.knowledge.design.security.SecurityDesigner;
import io.dbarch.knowledge.design.tenancy.TenancyDesigner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** One tool over every design generator: HA/DR, capacity, security, lifecycle, analytics, tenancy, runbooks, … */
public final class DesignSectionTools {

    public static final String DESIGN_SECTION = "designSection";
    public static final List<String> SECTIONS = List.of("hadr", "capacity", "security", "lifecycle", "analytics",
            "tenancy", "consistency", "runbooks");

    private final ScriptSource source;
    private final ArtifactStore artifacts;
    private final RequirementsReader reader = new RequirementsReader();

    public DesignSectionTools(ScriptSource source) {
        this.source = requireNonNull(source, "source");
        this.artifacts = source.store().orElseThrow(() -> new IllegalArgumentException(
                "DesignSectionTools need a ScriptSource with an artifact store to keep the designs"));
    }

    @Tool(name = DESIGN_SECTION, value = "Writes one design section from a requirements document (hadr, capacity, "
            + "security, lifecycle, analytics, tenancy, consistency or runbooks) and stores it as a Markdown artifact.")
    public String designSection(@ToolMemoryId Object conversationId,
            @P("Id of the artifact holding the requirements YAML or JSON (e.g. art-2), or the document itself")
            String requirements,
            @P("hadr, capacity, security, lifecycle, analytics, tenancy, consistency or runbooks") String section) {
        String which = section == null ? "" : section.strip().toLowerCase(Locale.ROOT);
        if (!SECTIONS.contains(which)) {
            throw new IllegalArgumentException("section must be one of " + String.join(", ", SECTIONS) + "; got '"
                    + (which.length() > 30 ? which.substring(0, 30) + "…" : which) + "'.");
        }
        var doc = source.load(conversationId, requirements, "requirements");
        RequirementsReadResult read = reader.read(doc.text());
        if (!read.valid()) {
            throw new IllegalArgumentException("The requirements are not valid: " + read.errorText()
                    + " Ask the user to correct these fields.");
        }
        Section<?> result = generate(read.orElseThrow(), which);
        String cid = String.valueOf(conversationId);
        Artifact md = artifacts.save(cid, "design-" + which + ".md", Artifact.MARKDOWN,
                result.markdown().getBytes(StandardCharsets.UTF_8), result.title());
        String files = result.data() instanceof Runbooks runbooks ? runbookFiles(cid, runbooks)
                : result.data() instanceof SecurityDesign security ? "\n\nGrant script: " + artifacts.save(cid,
                        "grants.sql", Artifact.SQL, security.grantScript().getBytes(StandardCharsets.UTF_8),
                        "least-privilege grant script").id() + " grants.sql." : "";
        return result.title() + " (full section: " + md.id() + ")\n\n" + result.markdown().strip() + files;
    }

    /** Each runbook and pgbench script as its own artifact, listed by id so that one can be read or downloaded. */
    private String runbookFiles(String cid, Runbooks runbooks) {
        if (runbooks.files().isEmpty() && runbooks.pgbenchScripts().isEmpty()) {
            return "";
        }
        var out = new StringBuilder("\n\nRunbook files:");
        runbooks.files().forEach((path, text) -> out.append(' ').append(artifacts.save(cid, fileName(path),
                Artifact.MARKDOWN, text.getBytes(StandardCharsets.UTF_8), "runbook " + path).id())
                .append(' ').append(fileName(path)).append(','));
        runbooks.pgbenchScripts().forEach((path, text) -> out.append(' ').append(artifacts.save(cid, fileName(path),
                Artifact.SQL, text.getBytes(StandardCharsets.UTF_8), "pgbench script " + path).id())
                .append(' ').append(fileName(path)).append(','));
        out.setLength(out.length() - 1);
        return out.append('.').toString();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Section<?> generate(Requirements r, String which) {
        SchemaDesign schema = new SchemaDesigner().design(r).data();
        return switch (which) {
            case "hadr" -> new HaDrDesigner().design(r);
            case "capacity" -> new CapacityPlanner().plan(r);
            case "security" -> new SecurityDesigner().design(r, schema);
            case "lifecycle" -> new LifecycleDesigner().design(r, schema);
            case "analytics" -> new AnalyticsDesigner().design(r, schema);
            case "tenancy" -> new TenancyDesigner().design(r, schema);
            case "consistency" -> new ConsistencyDesigner().design(r);
            default -> new RunbookWriter().write(r, schema, new HaDrDesigner().design(r).data(),
                    new CapacityPlanner().plan(r).data());
        };
    }
}

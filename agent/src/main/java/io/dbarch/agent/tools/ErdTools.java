package io.dbarch.agent.tools;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.knowledge.erd.ErdArtifact;
import io.dbarch.knowledge.erd.ErdDiagram;
import io.dbarch.knowledge.erd.ErdOptions;
import io.dbarch.knowledge.erd.ErdRenderer;
import io.dbarch.knowledge.erd.ErdResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The ERD tool: renders a schema's entity-relationship diagrams and stores them as artifacts. A schema large enough
 * to be split into subject areas gets its overview only, with the areas listed by name and number; one area's
 * diagram is drawn when asked for, so a review does not pay for pictures nobody opens.
 */
public final class ErdTools {

    public static final String RENDER_ERD = "renderErd";
    static final int LISTED = 12;

    private final ScriptSource source;
    private final ArtifactStore artifacts;
    private final ErdRenderer renderer;

    public ErdTools(ScriptSource source, ErdRenderer renderer) {
        this.source = requireNonNull(source, "source");
        this.artifacts = source.store().orElseThrow(() -> new IllegalArgumentException(
                "ErdTools need a ScriptSource with an artifact store to keep the diagrams"));
        this.renderer = requireNonNull(renderer, "renderer");
    }

    @Tool(name = RENDER_ERD, value = "Draws the entity-relationship diagram (crow's foot) of a DDL script as SVG, "
            + "PlantUML and Mermaid artifacts; a large schema gets an overview of named subject areas.")
    public String renderErd(@ToolMemoryId Object conversationId,
            @P("Id of the artifact holding the DDL (e.g. art-1), or the complete DDL script") String ddl,
            @P(value = "Draw only this table and its neighbours, e.g. orders", required = false) String focusTable,
            @P(value = "Relationship hops from the focus table, 1 to 3 (default 1)", required = false) Integer depth,
            @P(value = "Draw only this subject area, by name or number as listed, e.g. billing or 3",
                    required = false) String area) {
        var script = source.load(conversationId, ddl, "ddl");
        ErdOptions options = ErdOptions.defaults().withAreaDiagrams(false);
        if (area != null && !area.isBlank()) {
            options = options.withArea(area.strip());
        }
        if (focusTable != null && !focusTable.isBlank()) {
            int hops = depth == null ? 1 : depth;
            if (hops < 0 || hops > 3) {
                throw new IllegalArgumentException("depth must be 0 to 3; got " + hops + ". Use 1 for direct "
                        + "neighbours.");
            }
            options = options.withFocus(focusTable.strip(), hops);
        }
        ErdResult result = renderer.render(source.read(script).model(), options);
        String cid = String.valueOf(conversationId);
        String from = script.artifactId().orElse(script.name());
        List<String> stored = new ArrayList<>();
        for (ErdArtifact a : result.artifacts()) {
            Artifact saved = artifacts.save(cid, a.name(), a.format().mediaType().replace("; charset=utf-8", ""),
                    a.content(), "ERD " + a.format().extension() + " of " + from + title(result, a));
            stored.add(saved.id() + " " + saved.name());
        }
        var out = new StringBuilder(result.summary()).append('\n');
        out.append("Stored ").append(stored.size()).append(" artifacts: ")
                .append(String.join(", ", stored.subList(0, Math.min(LISTED, stored.size()))));
        if (stored.size() > LISTED) {
            out.append(", … and ").append(stored.size() - LISTED).append(" more");
        }
        return out.append('.').toString();
    }

    private static String title(ErdResult result, ErdArtifact artifact) {
        return result.diagrams().stream().filter(d -> artifact.name().startsWith(d.name() + "."))
                .findFirst().map(ErdDiagram::title).filter(t -> !t.isBlank()).map(t -> " (" + t + ")").orElse("");
    }
}

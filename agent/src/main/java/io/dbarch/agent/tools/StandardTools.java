package io.dbarch.agent.tools;

import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.agent.escalation.EscalationLog;
import io.dbarch.knowledge.erd.ErdRenderer;
import io.dbarch.knowledge.lint.Linter;
import io.dbarch.knowledge.sql.DdlReader;
import java.time.Clock;
import java.util.List;

/** The advisor's tool objects, wired to one artifact store and escalation log. */
public final class StandardTools {

    private StandardTools() {
    }

    /**
     * Every tool the agent offers: schema inspection, lint, ERD rendering, design (requirement conflicts, schema, tenancy), the knowledge base, artifact reading and escalations.
     *
     * @param pageChars characters per page when an artifact is read
     */
    public static List<Object> create(ArtifactStore artifacts, EscalationLog escalations, int pageChars,
            Clock clock) {
        var source = new ScriptSource(artifacts, new DdlReader());
        return List.of(
                new SchemaTools(source),
                new LintTools(source, Linter.standard()),
                new ErdTools(source, new ErdRenderer()),
                new DesignTools(source),
                new KnowledgeTools(pageChars / 4),
                new ArtifactTools(artifacts, pageChars),
                new EscalationTools(escalations, clock));
    }
}

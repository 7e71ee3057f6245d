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
import io.dbarch.knowledge.design.escalation.Escalation;
import io.dbarch.knowledge.design.escalation.Escalations;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import io.dbarch.knowledge.design.schema.SchemaDesigner;
import io.dbarch.knowledge.design.tenancy.TenancyAdvisor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Tools over the design engines: requirement conflicts, schema design and the multi-tenancy recommendation. */
public final class DesignTools {

    public static final String CHECK_REQUIREMENTS = "checkRequirements";
    public static final String DESIGN_SCHEMA = "designSchema";
    public static final String RECOMMEND_TENANCY = "recommendTenancy";
    private static final String REQUIREMENTS = "Id of the artifact holding the requirements YAML or JSON (e.g. art-2), "
            + "or the document itself";

    private final ScriptSource source;
    private final ArtifactStore artifacts;
    private final RequirementsReader reader = new RequirementsReader();
    private final SchemaDesigner designer = new SchemaDesigner();

    public DesignTools(ScriptSource source) {
        this.source = requireNonNull(source, "source");
        this.artifacts = source.store().orElseThrow(() -> new IllegalArgumentException(
                "DesignTools need a ScriptSource with an artifact store to keep the designs"));
    }

    @Tool(name = CHECK_REQUIREMENTS, value = "Validates a requirements document and checks it for requirements that "
            + "cannot all hold (each conflict with the quoted requirements, why, the options and who decides).")
    public String checkRequirements(@ToolMemoryId Object conversationId, @P(REQUIREMENTS) String requirements) {
        Requirements r = read(conversationId, requirements);
        List<Escalation> conflicts = Escalations.evaluate(r);
        if (conflicts.isEmpty()) {
            return "The requirements are valid and no escalation rule fired: nothing in them conflicts.";
        }
        return conflicts.size() + " conflict" + (conflicts.size() == 1 ? "" : "s") + ":\n" + conflicts.stream()
                .map(DesignTools::line).collect(Collectors.joining("\n"));
    }

    @Tool(name = DESIGN_SCHEMA, value = "Designs a normalised PostgreSQL and MySQL schema from the domain model of a "
            + "requirements document; returns the decisions and stores the DDL and the design as artifacts.")
    public String designSchema(@ToolMemoryId Object conversationId, @P(REQUIREMENTS) String requirements) {
        Requirements r = read(conversationId, requirements);
        Section<SchemaDesign> design = designer.design(r);
        String cid = String.valueOf(conversationId);
        Artifact pg = save(cid, "schema-postgresql.sql", Artifact.SQL, design.data().postgresql(),
                "designed PostgreSQL DDL, " + design.data().tables().size() + " tables");
        Artifact my = save(cid, "schema-mysql.sql", Artifact.SQL, design.data().mysql(), "designed MySQL DDL");
        Artifact md = save(cid, "schema-design.md", Artifact.MARKDOWN, design.markdown(), design.title());
        return "Designed " + design.data().tables().size() + " tables. PostgreSQL DDL: " + pg.id() + ", MySQL DDL: "
                + my.id() + ", design notes: " + md.id() + ".\nDecisions:\n" + design.data().decisions().stream()
                .limit(12).map(d -> "- " + d.topic() + ": " + d.choice() + " (" + d.why() + "; alternative: "
                        + d.alternative() + ")").collect(Collectors.joining("\n"));
    }

    @Tool(name = RECOMMEND_TENANCY, value = "Recommends a multi-tenancy model (shared schema with tenant key and RLS, "
            + "schema per tenant, database per tenant) from a requirements document's tenant count and isolation needs.")
    public String recommendTenancy(@ToolMemoryId Object conversationId, @P(REQUIREMENTS) String requirements) {
        Requirements r = read(conversationId, requirements);
        return TenancyAdvisor.recommend(r).map(rec -> "Recommended: " + rec.model() + (rec.hybrid()
                        ? ", with dedicated databases for the tenants that need them" : "") + ".\nWhy:\n"
                        + rec.reasons().stream().map(s -> "- " + s).collect(Collectors.joining("\n")))
                .orElse("The requirements describe a single-tenant system (tenancy.tenants ≤ 1); no tenancy model "
                        + "is needed.");
    }

    private Requirements read(Object conversationId, String requirements) {
        var doc = source.load(conversationId, requirements, "requirements");
        RequirementsReadResult result = reader.read(doc.text());
        if (!result.valid()) {
            throw new IllegalArgumentException("The requirements are not valid: " + result.errorText()
                    + " Ask the user to correct these fields.");
        }
        return result.orElseThrow();
    }

    private Artifact save(String cid, String name, String type, String text, String summary) {
        return artifacts.save(cid, name, type, text.getBytes(StandardCharsets.UTF_8), summary);
    }

    private static String line(Escalation e) {
        return "- " + e.severity() + " " + e.ruleId() + ": " + e.title() + ". Conflicting: "
                + String.join("; ", e.conflicting()) + ". Why: " + e.why() + " Options: " + e.options().stream()
                .map(o -> o.choice() + " (" + o.tradeOff() + ")").collect(Collectors.joining("; "))
                + ". Decides: " + e.deciders().stream().map(Escalation.Decider::spelling)
                .collect(Collectors.joining(", ")) + ".";
    }
}

package io.dbarch.agent.offline;

import io.dbarch.agent.tools.ArtifactTools;
import io.dbarch.agent.tools.ErdTools;
import io.dbarch.agent.tools.SchemaTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the engine's answer from the tool results of the turn, in the protocol's sections (summary, ERD,
 * findings, migration plan, …, next steps — those that apply). It reads tool results the way a model would: as text.
 */
final class AnswerComposer {

    String compose(Intent intent, Conversation c) {
        return switch (intent.kind()) {
            case SCHEMA_REVIEW -> schemaReview(c);
            case SCHEMA_PAIR -> schemaPair(c);
            case TABLE -> single(c, SchemaTools.DESCRIBE_TABLE, "Here is the table as the schema defines it:",
                    List.of("Ask for the diagram around it: \"ERD around " + intent.subject().orElse("it") + "\".",
                            "Tell me its row count, growth and most frequent queries, so keys and indexes can be "
                                    + "checked against them."));
            case ERD, ERD_AREA -> erdOnly(c);
            case REQUIREMENTS -> RequirementsAnswer.compose(c);
            case RUNBOOK -> Runbook.compose(intent, c);
            case ROLES -> RolesRequest.compose(c);
            case CAPACITY -> CapacityRequest.compose(intent, c);
            case DOMAIN -> DomainRequest.compose(c.latestText());
            case FINDINGS -> FindingsRequest.compose(intent, c);
            case KNOWLEDGE -> KnowledgeAnswer.compose(intent.subject().orElse("this"),
                    c.result(Planner.SEARCH_KNOWLEDGE).map(ToolOutcome::text).orElse(""),
                    c.result(Planner.SEARCH_KNOWLEDGE).filter(ToolOutcome::failed),
                    RequirementsAnswer.statedConflicts(c));
            case READ_ARTIFACT -> single(c, ArtifactTools.READ_ARTIFACT, "Here is the page you asked for:",
                    List.of("Ask for page " + (intent.page() + 1) + " to read on."));
            case LIST_ARTIFACTS -> single(c, ArtifactTools.LIST_ARTIFACTS, "The artifacts of this conversation:",
                    List.of("Ask me to read one, e.g. \"read art-1\"."));
            default -> Replies.unclear(c);
        };
    }

    private static String schemaReview(Conversation c) {
        Optional<ToolOutcome> inspect = c.result(SchemaTools.INSPECT_SCHEMA);
        String label = c.sqlScripts().isEmpty() ? "the DDL" : c.sqlScripts().get(0).label();
        String summary = inspect.map(r -> r.failed() ? "The schema inspection failed: " + r.text()
                : "I read " + label + ". What it contains:\n\n" + r.text()).orElse("")
                + c.result(Planner.LINT).filter(r -> !r.failed()).map(r -> "\n\n" + r.text().lines().findFirst()
                        .orElse("") + " The most serious are listed under Findings, each with its fix.").orElse("");
        return new Sections().section("Summary", summary)
                .section("ERD", c.result(ErdTools.RENDER_ERD).map(AnswerComposer::erd).orElse(""))
                .section("Findings", c.result(Planner.LINT).map(ToolOutcome::text).orElse(""))
                .numbered("Next steps", NextSteps.afterReview(c))
                .build();
    }

    private static String schemaPair(Conversation c) {
        Optional<ToolOutcome> draft = c.result(Planner.DRAFT_MIGRATION);
        if (draft.isPresent()) {
            return MigrationAnswer.compose(c, draft.get());
        }
        var both = new StringBuilder("You sent two schemas. Drafting the migration between them needs the "
                + "migration tool, which is not enabled in this configuration; here is what each contains.\n\n");
        c.results().stream().filter(r -> r.toolName().equals(SchemaTools.INSPECT_SCHEMA))
                .forEach(r -> both.append(r.text()).append("\n\n"));
        return new Sections().section("Summary", both.toString())
                .numbered("Next steps", List.of("Tell me which schema is the current one and which the target.",
                        "Say which tables or columns were renamed, so they are not dropped and re-created."))
                .build();
    }

    private static String erdOnly(Conversation c) {
        Optional<ToolOutcome> result = c.result(ErdTools.RENDER_ERD);
        List<String> steps = new ArrayList<>();
        if (result.filter(ToolOutcome::failed).isPresent()) {
            steps.add("Correct what the message above names and ask again.");
        } else {
            steps.add("Open the SVG artifact to see the diagram; the .puml and .mmd artifacts are its PlantUML and "
                    + "Mermaid sources.");
        }
        NextSteps.areaStep(c).ifPresent(steps::add);
        steps.add("Ask for one table in detail: \"describe table …\".");
        return new Sections().section("ERD", result.map(AnswerComposer::erd).orElse(""))
                .numbered("Next steps", steps).build();
    }

    private static String erd(ToolOutcome r) {
        return r.failed() ? "The diagram could not be drawn: " + r.text() : r.text();
    }

    private static String single(Conversation c, String tool, String intro, List<String> steps) {
        Optional<ToolOutcome> r = c.result(tool);
        if (r.isEmpty()) {
            return Replies.unclear(c);
        }
        if (r.get().failed()) {
            return new Sections().section("Summary", "That did not work: " + r.get().text())
                    .numbered("Next steps", List.of("Correct what the message above names and ask again.")).build();
        }
        return new Sections().section("Summary", intro + "\n\n" + Sections.quoted(r.get().text()))
                .numbered("Next steps", steps).build();
    }
}

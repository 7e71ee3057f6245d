package io.dbarch.agent.offline;

import io.dbarch.agent.tools.ArtifactTools;
import io.dbarch.agent.tools.DesignSectionTools;
import io.dbarch.agent.tools.DesignTools;
import io.dbarch.agent.tools.ErdTools;
import io.dbarch.agent.tools.MigrationTools;
import io.dbarch.agent.tools.SchemaTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides which tools to call for an intent, with what arguments, among the tools on offer. All calls of a turn
 * go out together; an empty plan means the answer needs no tool.
 */
final class Planner {

    static final String LINT = io.dbarch.agent.tools.LintTools.LINT_SCHEMA;
    static final String DRAFT_MIGRATION = MigrationTools.DRAFT_MIGRATION;
    static final String SEARCH_KNOWLEDGE = io.dbarch.agent.tools.KnowledgeTools.SEARCH_KNOWLEDGE;
    static final String CHECK_REQUIREMENTS = io.dbarch.agent.tools.DesignTools.CHECK_REQUIREMENTS;

    private static final java.util.regex.Pattern VERIFY = java.util.regex.Pattern.compile("(?i)\\bverif");

    List<ToolCall> plan(Intent intent, Conversation c) {
        List<ToolCall> calls = new ArrayList<>();
        switch (intent.kind()) {
            case SCHEMA_REVIEW -> {
                String ddl = c.sqlScripts().get(0).argument();
                add(calls, c, SchemaTools.INSPECT_SCHEMA, Map.of("ddl", ddl));
                add(calls, c, LINT, Map.of("ddl", ddl));
                add(calls, c, ErdTools.RENDER_ERD, Map.of("ddl", ddl));
            }
            case SCHEMA_PAIR -> {
                List<ScriptRef> sql = c.sqlScripts();
                String from = sql.get(0).argument();
                String to = sql.get(sql.size() - 1).argument();
                if (c.offers(DRAFT_MIGRATION)) {
                    add(calls, c, DRAFT_MIGRATION, Map.of("from", from, "to", to));
                    if (VERIFY.matcher(c.latestText()).find()) {
                        add(calls, c, MigrationTools.VERIFY_MIGRATION, Map.of("from", from, "to", to));
                    }
                } else {
                    add(calls, c, SchemaTools.INSPECT_SCHEMA, Map.of("ddl", from));
                    add(calls, c, SchemaTools.INSPECT_SCHEMA, Map.of("ddl", to));
                }
            }
            case REQUIREMENTS -> c.scripts().stream().filter(s -> !s.isSql()).findFirst().ifPresent(s -> {
                add(calls, c, CHECK_REQUIREMENTS, Map.of("requirements", s.argument()));
                add(calls, c, DesignTools.RECOMMEND_TENANCY, Map.of("requirements", s.argument()));
                add(calls, c, DesignTools.DESIGN_SCHEMA, Map.of("requirements", s.argument()));
                add(calls, c, DesignSectionTools.DESIGN_SECTION, Map.of("requirements", s.argument(),
                        "section", "hadr"));
                add(calls, c, DesignSectionTools.DESIGN_SECTION, Map.of("requirements", s.argument(),
                        "section", "capacity"));
            });
            case TABLE -> add(calls, c, SchemaTools.DESCRIBE_TABLE, Map.of("ddl", c.currentSql().get().argument(),
                    "table", intent.subject().orElseThrow()));
            case ERD -> add(calls, c, ErdTools.RENDER_ERD, intent.subject().isPresent()
                    ? Map.of("ddl", c.currentSql().get().argument(), "focusTable", intent.subject().get(), "depth", 1)
                    : Map.of("ddl", c.currentSql().get().argument()));
            case ERD_AREA -> add(calls, c, ErdTools.RENDER_ERD, Map.of("ddl", c.currentSql().get().argument(),
                    "area", intent.subject().orElseThrow()));
            case READ_ARTIFACT -> add(calls, c, ArtifactTools.READ_ARTIFACT,
                    Map.of("id", intent.subject().orElseThrow(), "page", intent.page()));
            case LIST_ARTIFACTS -> add(calls, c, ArtifactTools.LIST_ARTIFACTS, Map.of());
            case KNOWLEDGE -> {
                add(calls, c, SEARCH_KNOWLEDGE, Map.of("query", (query(c.latestText()) + " "
                        + Topics.expansion(intent.subject().orElse(""))).strip()));
                ProseRequirements.yaml(query(c.latestText())).ifPresent(yaml ->
                        add(calls, c, CHECK_REQUIREMENTS, Map.of("requirements", yaml)));
            }
            case FINDINGS -> add(calls, c, LINT, intent.subject().filter(FindingsRequest.FIRST::equals).isPresent()
                    ? Map.of("ddl", c.currentSql().get().argument())
                    : Map.of("ddl", c.currentSql().get().argument(), "rule", intent.subject().orElseThrow()));
            case CAPACITY -> add(calls, c, DesignSectionTools.DESIGN_SECTION, Map.of("requirements",
                    intent.subject().orElseThrow(), "section", "capacity"));
            case ROLES -> add(calls, c, DesignSectionTools.DESIGN_SECTION, Map.of("requirements",
                    ProseRequirements.orMinimal(query(c.latestText())), "section", "security"));
            case RUNBOOK -> add(calls, c, DesignSectionTools.DESIGN_SECTION, Map.of("requirements",
                    ProseRequirements.orMinimal(query(c.latestText())), "section", "runbooks"));
            case NEEDS_SCHEMA, UNCLEAR, DOMAIN -> {
            }
        }
        return calls;
    }

    private static void add(List<ToolCall> calls, Conversation c, String tool, Map<String, Object> arguments) {
        if (c.offers(tool)) {
            calls.add(new ToolCall(tool, arguments));
        }
    }

    /** The question as a search query: prose only, without pasted blocks and reference lines, bounded. */
    static String query(String text) {
        String prose = text.replaceAll("(?s)```.*?(```|$)", " ").replaceAll("\\[(Pasted|Stored as|Attached) [^\\]]*]", " ")
                .replaceAll("\\s+", " ").strip();
        return prose.length() <= 300 ? prose : prose.substring(0, 300);
    }
}

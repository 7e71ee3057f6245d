package io.dbarch.agent.offline;

import io.dbarch.agent.tools.MigrationTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The answer to a pair of schemas: the plan's summary, its steps, their hazards, and what must be decided. */
final class MigrationAnswer {

    private static final java.util.regex.Pattern SERIOUS =
            java.util.regex.Pattern.compile("breaks-running-app|scans-table|rewrites-table|loses-data|builds-index|long-backfill");

    private MigrationAnswer() {
    }

    static String compose(Conversation c, ToolOutcome draft) {
        List<ScriptRef> sql = c.sqlScripts();
        String pair = sql.size() >= 2 ? sql.get(0).label() + " (current) to " + sql.get(sql.size() - 1).label()
                + " (target)" : "the current schema to the target";
        if (draft.failed()) {
            return new Sections().section("Summary", "I could not draft the migration from " + pair + ": "
                    + draft.text()).numbered("Next steps", List.of("Correct what the message names and send both "
                    + "schemas again.")).build();
        }
        List<String> lines = draft.text().lines().toList();
        String summary = lines.isEmpty() ? "" : lines.get(0);
        List<String> risks = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("- V") && line.contains("hazards: ") && SERIOUS.matcher(line).find()) {
                risks.add(line.substring(2, line.indexOf(':')) + " — " + line.substring(line.indexOf("hazards: ") + 9));
            }
            if (line.startsWith("Decide: ")) {
                steps.add("Decide: " + line.substring(8));
            }
        }
        Optional<ToolOutcome> verify = c.result(MigrationTools.VERIFY_MIGRATION);
        if (verify.isEmpty()) {
            steps.add("Ask me to verify it (\"verify the migration\" with both schemas): I run it on a throwaway "
                    + "PostgreSQL with sample rows and compare the result with the target.");
        }
        steps.add("Rehearse it on a copy of production data, and follow the checklist artifact for deploy order.");
        return new Sections()
                .section("Summary", "Migration from " + pair + ": " + summary)
                .section("Migration plan", String.join("\n", lines.subList(Math.min(1, lines.size()), lines.size())))
                .section("Verification", verify.map(ToolOutcome::text).orElse(""))
                .section("Risks", String.join("\n", risks.stream().map(r -> "- " + r).toList()))
                .numbered("Next steps", steps)
                .build();
    }
}

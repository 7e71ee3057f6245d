package io.dbarch.agent.offline;

import io.dbarch.agent.tools.ErdTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The next steps after a schema review, from what the tools reported. */
final class NextSteps {

    private static final Pattern TABLE_COUNT = Pattern.compile("(?m)^Objects: (\\d+) tables?\\b");
    private static final Pattern LINT_ERRORS = Pattern.compile("findings — (\\d+) errors,");
    private static final Pattern DIAGNOSTICS = Pattern.compile("(?m)^Diagnostics \\((\\d+)\\):");

    private NextSteps() {
    }

    static List<String> afterReview(Conversation c) {
        List<ToolOutcome> results = c.results();
        List<String> steps = new ArrayList<>();
        int tables = results.stream().mapToInt(r -> firstNumber(TABLE_COUNT, r.text())).max().orElse(-1);
        int diagnostics = results.stream().mapToInt(r -> Math.max(0, firstNumber(DIAGNOSTICS, r.text()))).sum();
        if (results.stream().anyMatch(ToolOutcome::failed)) {
            steps.add("Fix what the error above names and send the script again.");
        }
        if (diagnostics > 0) {
            steps.add(diagnostics == 1
                    ? "Check the statement listed under Diagnostics: I could not read it, so nothing in it is in "
                            + "this review."
                    : "Check the " + diagnostics + " statements listed under Diagnostics: I could not read them, so "
                            + "nothing in them is in this review.");
        }
        Matcher errors = LINT_ERRORS.matcher(results.stream().map(ToolOutcome::text).reduce("", String::concat));
        if (errors.find() && Integer.parseInt(errors.group(1)) > 0) {
            steps.add("Fix the " + errors.group(1) + " error-level finding" + (errors.group(1).equals("1") ? "" : "s")
                    + " first: each has its fix under Findings; the full report lists every finding.");
        }
        if (tables == 0) {
            steps.add("I found no tables. Send the CREATE TABLE statements of the schema you want reviewed "
                    + "(PostgreSQL or MySQL).");
        } else if (tables > 0) {
            steps.add("Ask about any table in detail (\"describe table …\") or for the diagram around it "
                    + "(\"ERD around …\").");
        }
        areaStep(c).ifPresent(steps::add);
        steps.add("Tell me the workload of the largest tables: rows now and growth per month, the most frequent "
                + "queries and writes, and the read/write mix, so keys and indexes can be checked against it.");
        steps.add("Tell me your targets: latency per key operation, RPO and RTO, and any compliance duties "
                + "(personal or payment data, retention).");
        return steps;
    }

    /** When this turn's ERD result lists subject areas: how to ask for one area's diagram. */
    static Optional<String> areaStep(Conversation c) {
        List<String> areas = c.result(ErdTools.RENDER_ERD).map(r -> AreaRequest.listed(r.text())).orElse(List.of());
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The schema is split into " + areas.size() + " subject areas; the overview shows how "
                + "they connect. Ask for one area's diagram by its name or number: \"show the " + areas.get(0)
                + " area\" or \"draw area " + Math.min(2, areas.size()) + "\".");
    }

    private static int firstNumber(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}

package io.dbarch.agent.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the offline engine's answers in the protocol's sections. It reads the schema tool's summary the way a
 * model would: from its text ({@code Objects: N tables, …} and a {@code Diagnostics (N):} block).
 */
final class AnswerComposer {

    private static final Pattern TABLE_COUNT = Pattern.compile("(?m)^Objects: (\\d+) tables?\\b");
    private static final Pattern DIAGNOSTICS = Pattern.compile("(?m)^Diagnostics \\((\\d+)\\):");

    /** The answer after the schema tool ran; {@code toolResults} are the tool outputs of this turn. */
    String schemaAnswer(List<ToolOutcome> toolResults) {
        var out = new StringBuilder("## Summary\n\n");
        for (ToolOutcome result : toolResults) {
            if (result.failed()) {
                out.append("The schema inspection failed: ").append(result.text()).append("\n\n");
            } else {
                out.append("I read the DDL you sent. What it contains:\n\n").append(result.text()).append("\n\n");
            }
        }
        out.append("## Next steps\n\n");
        List<String> steps = nextSteps(toolResults);
        for (int i = 0; i < steps.size(); i++) {
            out.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** The reply when a message holds DDL but no schema tool is available to read it. */
    String noToolAnswer() {
        return "## Summary\n\nYour message contains DDL, but the schema inspection tool is not enabled in this "
                + "configuration, so I cannot read it.\n\n## Next steps\n\n1. Enable the schema tools, then send "
                + "the script again.";
    }

    /** The reply when a message holds no DDL: what the offline engine can do, and one precise question. */
    String guidance() {
        return "Offline mode: I can read a schema and summarise it. Paste PostgreSQL or MySQL DDL (CREATE TABLE, "
                + "CREATE INDEX, ALTER TABLE …) and I will list the objects per kind, the tables with their column "
                + "counts, and every statement I could not read with its line number. Questions without DDL need "
                + "a language model, which offline mode does not run.\n\n"
                + "Which schema should I review? Paste its CREATE TABLE statements, ideally in a ```sql block.";
    }

    private static List<String> nextSteps(List<ToolOutcome> results) {
        List<String> steps = new ArrayList<>();
        boolean failed = results.stream().anyMatch(ToolOutcome::failed);
        int tables = results.stream().mapToInt(r -> firstNumber(TABLE_COUNT, r.text())).max().orElse(-1);
        int diagnostics = results.stream().mapToInt(r -> Math.max(0, firstNumber(DIAGNOSTICS, r.text()))).sum();
        if (failed) {
            steps.add("Fix what the error above names and send the script again.");
        }
        if (diagnostics > 0) {
            steps.add(diagnostics == 1
                    ? "Check the statement listed under Diagnostics: I could not read it, so nothing in it is in "
                            + "this summary."
                    : "Check the " + diagnostics + " statements listed under Diagnostics: I could not read them, so "
                            + "nothing in them is in this summary.");
        }
        if (tables == 0) {
            steps.add("I found no tables. Send the CREATE TABLE statements of the schema you want reviewed "
                    + "(PostgreSQL or MySQL).");
        }
        steps.add("Tell me the workload of the largest tables: rows now and growth per month, the most frequent "
                + "queries and writes, and the read/write mix, so keys and indexes can be checked against it.");
        steps.add("Tell me your targets: latency per key operation, RPO and RTO, and any compliance duties "
                + "(personal or payment data, retention).");
        return steps;
    }

    private static int firstNumber(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}

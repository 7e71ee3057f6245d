package io.dbarch.agent.offline;

import io.dbarch.agent.tools.DesignSectionTools;
import io.dbarch.agent.tools.DesignTools;
import io.dbarch.agent.tools.EscalationTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer to a requirements document: conflicts first (each blocker raised as an escalation in a second tool
 * round), then the tenancy recommendation and the designed schema.
 */
final class RequirementsAnswer {

    private static final Pattern BLOCKER = Pattern.compile(
            "(?m)^- (?:BLOCKER|WARNING) ([a-z0-9-]+): (.+?)\\. Conflicting: (.+?)\\. Why: (.+?) Options: (.+?)\\. Decides: ([a-z, ]+)\\.$");

    static final int SECTION_LINES = 30;

    private RequirementsAnswer() {
    }

    /** The raiseEscalation calls still to make for the blockers the check found. */
    static List<ToolCall> escalationsToRaise(Conversation c) {
        List<ToolCall> calls = new ArrayList<>();
        if (!c.offers(EscalationTools.RAISE_ESCALATION) || c.result(EscalationTools.RAISE_ESCALATION).isPresent()) {
            return calls;
        }
        Optional<ToolOutcome> check = c.result(DesignTools.CHECK_REQUIREMENTS).filter(r -> !r.failed());
        if (check.isEmpty()) {
            return calls;
        }
        Matcher m = BLOCKER.matcher(check.get().text());
        while (m.find()) {
            String decider = m.group(6).split(",")[0].strip().toLowerCase(Locale.ROOT);
            calls.add(new ToolCall(EscalationTools.RAISE_ESCALATION, Map.of("title", m.group(2),
                    "conflict", clip(m.group(3) + ". " + m.group(4)), "options", clip(m.group(5)),
                    "decider", decider)));
        }
        return calls;
    }

    /**
     * The conflicts among constraints stated in prose (checked as a minimal requirements document) and how many
     * escalations were raised for them; empty when nothing was checked or nothing conflicts.
     */
    static Optional<String> statedConflicts(Conversation c) {
        Optional<String> conflicts = c.result(DesignTools.CHECK_REQUIREMENTS).filter(r -> !r.failed())
                .map(ToolOutcome::text).filter(t -> t.contains("\n"));
        long raised = c.results().stream().filter(r -> r.toolName().equals(EscalationTools.RAISE_ESCALATION)
                && !r.failed()).count();
        return conflicts.map(t -> "The constraints in your message cannot all hold: " + t.lines().findFirst()
                .orElse("").replaceAll(":$", "") + ", see Escalations.\n" + t.substring(t.indexOf('\n') + 1)
                + (raised > 0 ? "\n\nI raised " + raised + " escalation" + (raised == 1 ? "" : "s")
                + " for the people who must decide." : ""));
    }

    static String compose(Conversation c) {
        Optional<ToolOutcome> check = c.result(DesignTools.CHECK_REQUIREMENTS);
        String label = c.scripts().stream().filter(s -> !s.isSql()).findFirst().map(ScriptRef::label)
                .orElse("your requirements");
        if (check.isPresent() && check.get().failed()) {
            return new Sections().section("Summary", "I could not use " + label + ": " + check.get().text())
                    .numbered("Next steps", List.of("Correct the fields named above and send the document again."))
                    .build();
        }
        long raised = c.results().stream().filter(r -> r.toolName().equals(EscalationTools.RAISE_ESCALATION)
                && !r.failed()).count();
        String conflicts = check.map(ToolOutcome::text).orElse("");
        return new Sections()
                .section("Summary", "I checked " + label + " against the escalation rules and designed from it. "
                        + conflicts.lines().findFirst().orElse("").replaceAll(":$", " (see Escalations).")
                        + (raised > 0 ? " I raised " + raised + " escalation" + (raised == 1 ? "" : "s")
                                + " for the people who must decide." : ""))
                .section("Deliverables", c.result(DesignTools.DESIGN_SCHEMA).map(ToolOutcome::text).orElse(""))
                .section("HA/DR", section(c, "hadr"))
                .section("Capacity", section(c, "capacity"))
                .section("Trade-offs and alternatives", c.result(DesignTools.RECOMMEND_TENANCY)
                        .map(ToolOutcome::text).orElse(""))
                .section("Escalations", conflicts.contains("\n") ? conflicts.substring(conflicts.indexOf('\n') + 1)
                        : "")
                .numbered("Next steps", List.of(
                        "Have the named deciders resolve each escalation; the design assumes nothing about them.",
                        "Review the designed DDL artifact, then paste it back to have it linted and drawn."))
                .build();
    }

    /** The head of a generated design section (its first lines; the whole is an artifact). */
    private static String section(Conversation c, String which) {
        return c.results().stream().filter(r -> r.toolName().equals(DesignSectionTools.DESIGN_SECTION)
                        && !r.failed() && r.arguments().contains("\"" + which + "\""))
                .findFirst().map(r -> head(r.text())).orElse("");
    }

    private static String head(String text) {
        List<String> lines = text.lines().toList();
        String shown = String.join("\n", lines.subList(0, Math.min(SECTION_LINES, lines.size())));
        return lines.size() > SECTION_LINES ? shown + "\n\n(… the rest is in the artifact named above.)" : shown;
    }

    private static String clip(String s) {
        return s.length() <= 1_900 ? s : s.substring(0, 1_900) + "…";
    }
}

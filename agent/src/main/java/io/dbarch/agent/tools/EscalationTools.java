package io.dbarch.agent.tools;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import io.dbarch.agent.escalation.EscalationLog;
import io.dbarch.agent.escalation.EscalationNotice;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/** The escalation tool: records a requirements conflict for a person with authority to decide. */
public final class EscalationTools {

    public static final String RAISE_ESCALATION = "raiseEscalation";
    static final Set<String> DECIDERS = Set.of("product", "infrastructure", "compliance", "security", "engineering",
            "finance");
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 2_000;

    private final EscalationLog log;
    private final Clock clock;

    public EscalationTools(EscalationLog log, Clock clock) {
        this.log = requireNonNull(log, "log");
        this.clock = requireNonNull(clock, "clock");
    }

    @Tool(name = RAISE_ESCALATION, value = "Raises an escalation when stated requirements conflict and cannot all "
            + "hold, so that a person with authority over them decides.")
    public String raiseEscalation(@ToolMemoryId Object conversationId,
            @P("One-line title, e.g. RPO 0 with asynchronous replication") String title,
            @P("Which requirements conflict and why, with the numbers") String conflict,
            @P("The ways out and what each gives up") String options,
            @P("Who must decide: product, infrastructure, compliance, security, engineering or finance") String decider) {
        String who = decider == null ? "" : decider.strip().toLowerCase(Locale.ROOT);
        if (!DECIDERS.contains(who)) {
            throw new IllegalArgumentException("decider must be one of " + String.join(", ", DECIDERS.stream()
                    .sorted().toList()) + "; got '" + clip(who, 40) + "'.");
        }
        var notice = new EscalationNotice(String.valueOf(conversationId), required("title", title, MAX_TITLE),
                required("conflict", conflict, MAX_TEXT), required("options", options, MAX_TEXT), who,
                clock.instant());
        return log.add(notice) ? "Escalation raised for " + who + ": " + notice.title() + "."
                : "An escalation titled '" + notice.title() + "' was already raised in this conversation.";
    }

    private static String required(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + name + " argument is empty; say " + name + " in a sentence.");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("The " + name + " argument has " + value.length()
                    + " characters; keep it under " + max + ".");
        }
        return value.strip();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}

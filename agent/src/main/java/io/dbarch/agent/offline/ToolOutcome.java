package io.dbarch.agent.offline;

import static java.util.Objects.requireNonNull;

/** A tool result the engine received: its text and whether the tool failed. */
record ToolOutcome(String toolName, String text, boolean failed) {

    ToolOutcome {
        requireNonNull(toolName, "toolName");
        requireNonNull(text, "text");
    }
}

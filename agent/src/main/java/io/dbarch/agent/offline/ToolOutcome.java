package io.dbarch.agent.offline;

import static java.util.Objects.requireNonNull;

/** A tool result the engine received: the tool, the arguments it was called with, its text, whether it failed. */
record ToolOutcome(String toolName, String arguments, String text, boolean failed) {

    ToolOutcome {
        requireNonNull(toolName, "toolName");
        requireNonNull(arguments, "arguments");
        requireNonNull(text, "text");
    }
}

package io.dbarch.agent.offline;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/** A tool call the engine plans: the tool's name and its arguments. */
record ToolCall(String name, Map<String, Object> arguments) {

    ToolCall {
        requireNonNull(name, "name");
        arguments = Map.copyOf(arguments);
    }
}

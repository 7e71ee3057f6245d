package io.dbarch.agent.offline;

import static java.util.Objects.requireNonNull;

/**
 * A script the user provided: the argument to pass to a tool (an artifact id, or the text when it is inline) and
 * how to name it in an answer.
 *
 * @param argument an artifact id such as {@code art-1}, or the DDL itself
 * @param label    e.g. {@code art-1 (pasted.sql)} or {@code the DDL in your message}
 * @param kind     {@code SQL}, {@code YAML} or {@code JSON}
 */
record ScriptRef(String argument, String label, String kind) {

    ScriptRef {
        requireNonNull(argument, "argument");
        requireNonNull(label, "label");
        requireNonNull(kind, "kind");
    }

    boolean isSql() {
        return kind.equals("SQL");
    }
}

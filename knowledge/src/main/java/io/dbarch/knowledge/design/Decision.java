package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

/**
 * A design decision with its reason and the alternative that was not taken.
 *
 * @param topic       what was decided, e.g. "task: open-task count per project"
 * @param choice      what the design does
 * @param why         the justification, from the requirements or workload
 * @param alternative the main alternative and when it would be better
 */
public record Decision(String topic, String choice, String why, String alternative) {

    public Decision {
        requireNonNull(topic, "topic");
        requireNonNull(choice, "choice");
        requireNonNull(why, "why");
        requireNonNull(alternative, "alternative");
    }

    /** One Markdown table row. */
    public String asRow() {
        return "| " + topic + " | " + choice + " | " + why + " | " + alternative + " |";
    }

    public static String tableHeader() {
        return "| topic | decision | why | alternative |\n|---|---|---|---|\n";
    }
}

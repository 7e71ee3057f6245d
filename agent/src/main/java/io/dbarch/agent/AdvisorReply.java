package io.dbarch.agent;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One answer of the advisor.
 *
 * @param answer    the answer text (Markdown-like: {@code ## } headings, fenced code blocks, {@code - } lists)
 * @param toolsUsed the names of the tools that ran for this answer, in order
 */
public record AdvisorReply(String answer, List<String> toolsUsed) {

    public AdvisorReply {
        requireNonNull(answer, "answer");
        toolsUsed = List.copyOf(toolsUsed);
    }
}

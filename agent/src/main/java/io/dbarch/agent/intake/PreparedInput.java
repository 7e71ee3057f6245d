package io.dbarch.agent.intake;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.artifact.Artifact;
import java.util.List;

/**
 * A user message ready for the model: large parts replaced by artifact references, small ones kept inline and
 * stored too.
 *
 * @param text   the message the model sees
 * @param stored the artifacts made from it, in order
 */
public record PreparedInput(String text, List<Artifact> stored) {

    public PreparedInput {
        requireNonNull(text, "text");
        stored = List.copyOf(stored);
    }
}

package io.dbarch.knowledge.erd;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What {@link ErdRenderer#render} produced: every artifact (one per diagram and format), the diagrams, the names of
 * the subject areas when the schema was split (in order: an area's number is its position from 1, whichever of its
 * diagrams were drawn), and a short plain-text summary (tables, relationships, subject areas) suitable for a
 * person or a language model.
 */
public record ErdResult(List<ErdArtifact> artifacts, List<ErdDiagram> diagrams, List<String> areas,
        String summary) {

    public ErdResult {
        artifacts = List.copyOf(artifacts);
        diagrams = List.copyOf(diagrams);
        areas = List.copyOf(areas);
        requireNonNull(summary, "summary");
    }

    /** The summary followed by the file names of the artifacts (a caller that stores them lists their ids instead). */
    public String description() {
        return summary + "\n" + ErdDescriber.fileList(artifacts);
    }

    /** The artifact with that file name, e.g. {@code erd.svg}. */
    public Optional<ErdArtifact> artifact(String name) {
        return artifacts.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The artifacts of one format, in diagram order (overview first when the schema was split). */
    public List<ErdArtifact> artifacts(ErdFormat format) {
        return artifacts.stream().filter(a -> a.format() == format).toList();
    }

    /** True when the schema was split into subject areas. */
    public boolean split() {
        return !areas.isEmpty();
    }
}

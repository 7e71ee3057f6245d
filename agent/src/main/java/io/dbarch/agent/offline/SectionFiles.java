package io.dbarch.agent.offline;

import io.dbarch.agent.tools.ArtifactTools;
import io.dbarch.agent.tools.DesignSectionTools;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a design section stored as artifacts ("art-7 failover-drill.md", "art-9 grants.sql" in its result), and
 * the second-round read that puts the one the user asked for into the answer.
 */
final class SectionFiles {

    private static final Pattern FILE = Pattern.compile("\\b(art-[0-9a-z]+) ([a-z0-9_-]+\\.(?:md|sql))\\b");
    private static final Pattern PAGE_HEADER = Pattern.compile("^art-[0-9a-z]+ [^\\n]*page \\d+ of \\d+[^\\n]*\\n");

    private SectionFiles() {
    }

    /** The read of {@code fileName}, once the section named it and before anything was read this turn. */
    static Optional<ToolCall> readNext(Conversation c, String fileName) {
        if (!c.offers(ArtifactTools.READ_ARTIFACT) || c.result(ArtifactTools.READ_ARTIFACT).isPresent()) {
            return Optional.empty();
        }
        return c.result(DesignSectionTools.DESIGN_SECTION).filter(r -> !r.failed()).flatMap(r -> {
            Matcher m = FILE.matcher(r.text());
            while (m.find()) {
                if (m.group(2).equals(fileName)) {
                    return Optional.of(new ToolCall(ArtifactTools.READ_ARTIFACT, Map.of("id", m.group(1), "page", 1)));
                }
            }
            return Optional.empty();
        });
    }

    /** The answer when the design section could not be written ({@code what}: "the runbooks"), with the reason. */
    static Optional<String> failure(Conversation c, String what) {
        Optional<ToolOutcome> section = c.result(DesignSectionTools.DESIGN_SECTION);
        if (section.isPresent() && !section.get().failed()) {
            return Optional.empty();
        }
        return Optional.of(new Sections().section("Summary", "I could not write " + what + ": "
                        + section.map(ToolOutcome::text).orElse("the design tool gave no result."))
                .numbered("Next steps", List.of("Attach a requirements YAML (RPO, RTO, regions, workload) and ask "
                        + "again."))
                .build());
    }

    /** The text of the file read this turn, without the page header. */
    static Optional<String> read(Conversation c) {
        return c.result(ArtifactTools.READ_ARTIFACT).filter(r -> !r.failed())
                .map(r -> PAGE_HEADER.matcher(r.text()).replaceFirst(""));
    }
}

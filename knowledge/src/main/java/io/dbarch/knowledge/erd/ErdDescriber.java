package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The short plain-text description of a result, for a person or a language model (bounded in length). */
final class ErdDescriber {

    static final int AREAS_LISTED = 15;
    static final int TABLES_LISTED = 8;
    static final int AREA_TABLES_LISTED = 30;
    static final int ARTIFACTS_LISTED = 12;

    /** What was drawn: the areas of a split (empty when not split), the area picked if any, the diagrams. */
    record Drawn(List<Area> areas, Optional<Integer> picked, List<ErdDiagram> diagrams) {
    }

    private ErdDescriber() {
    }

    static String describe(ErdGraph whole, ErdGraph selected, Drawn drawn, ErdOptions options) {
        List<Area> areas = drawn.areas();
        var out = new StringBuilder();
        out.append("Entity-relationship diagram (crow's-foot notation) of ").append(count(selected.size(), "table"))
                .append(" and ").append(count(selected.relationships().size(), "relationship"));
        if (selected.size() < whole.size()) {
            out.append(", selected from ").append(whole.size())
                    .append(options.focus().map(f -> " around " + f + " (depth " + options.depth() + ")").orElse(""));
        }
        out.append(".\n");
        if (whole.foldedPartitions() > 0) {
            out.append(count(whole.foldedPartitions(), "partition"))
                    .append(" drawn inside their partitioned tables.\n");
        }
        if (whole.unresolvedForeignKeys() > 0) {
            out.append(count(whole.unresolvedForeignKeys(), "foreign key"))
                    .append(" reference tables not in the input and are not drawn.\n");
        }
        if (drawn.picked().isPresent()) {
            Area area = areas.get(drawn.picked().get());
            out.append("Drawn: subject area ").append(drawn.picked().get() + 1).append(" of ").append(areas.size())
                    .append(", ").append(area.name()).append(" (").append(count(area.tables().size(), "table"))
                    .append(", ").append(count(drawn.diagrams().get(0).relationships(), "relationship line"))
                    .append("; linked tables of other areas are dashed boxes): ")
                    .append(sample(area.tables(), AREA_TABLES_LISTED)).append('\n');
        } else if (!areas.isEmpty()) {
            out.append("Split into ").append(areas.size()).append(" subject areas of at most ")
                    .append(options.maxTablesPerDiagram()).append(" tables").append(options.areaDiagrams()
                            ? ", one diagram each, plus an overview:\n"
                            : "; drawn: the overview (one box per area, arrows for the foreign keys between areas)."
                                    + " Each area can be drawn on its own, by its name or number:\n");
            for (int i = 0; i < Math.min(areas.size(), AREAS_LISTED); i++) {
                Area a = areas.get(i);
                out.append(i + 1).append(". ").append(a.name()).append(" (").append(count(a.tables().size(), "table"))
                        .append("): ").append(sample(a.tables(), TABLES_LISTED)).append('\n');
            }
            if (areas.size() > AREAS_LISTED) {
                out.append("… and ").append(areas.size() - AREAS_LISTED).append(" more areas, numbered up to ")
                        .append(areas.size()).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    /** {@code Artifacts: erd.svg, erd.puml, erd.mmd.} — the files, for a reader who has no ids for them. */
    static String fileList(List<ErdArtifact> artifacts) {
        var out = new StringBuilder("Artifacts: ").append(artifacts.stream().limit(ARTIFACTS_LISTED)
                .map(ErdArtifact::name).collect(Collectors.joining(", ")));
        if (artifacts.size() > ARTIFACTS_LISTED) {
            out.append(" and ").append(artifacts.size() - ARTIFACTS_LISTED).append(" more");
        }
        return out.append('.').toString();
    }

    private static String sample(List<QualifiedName> tables, int limit) {
        String names = tables.stream().limit(limit).map(QualifiedName::name).collect(Collectors.joining(", "));
        return tables.size() > limit ? names + ", … (" + (tables.size() - limit) + " more)" : names;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.List;
import java.util.stream.Collectors;

/** The short plain-text description of a result, for a person or a language model (bounded in length). */
final class ErdDescriber {

    static final int AREAS_LISTED = 15;
    static final int TABLES_LISTED = 6;
    static final int ARTIFACTS_LISTED = 12;

    private ErdDescriber() {
    }

    static String describe(ErdGraph whole, ErdGraph selected, List<Area> areas, List<ErdArtifact> artifacts,
            ErdOptions options) {
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
        if (!areas.isEmpty()) {
            out.append("Split into ").append(areas.size()).append(" subject areas of at most ")
                    .append(options.maxTablesPerDiagram()).append(" tables, one diagram each, plus an overview:\n");
            areas.stream().limit(AREAS_LISTED).forEach(a -> out.append("- ").append(a.name()).append(" (")
                    .append(count(a.tables().size(), "table")).append("): ").append(sample(a.tables())).append('\n'));
            if (areas.size() > AREAS_LISTED) {
                out.append("- and ").append(areas.size() - AREAS_LISTED).append(" more areas\n");
            }
        }
        out.append("Artifacts: ").append(artifacts.stream().limit(ARTIFACTS_LISTED).map(ErdArtifact::name)
                .collect(Collectors.joining(", ")));
        if (artifacts.size() > ARTIFACTS_LISTED) {
            out.append(" and ").append(artifacts.size() - ARTIFACTS_LISTED).append(" more");
        }
        return out.append('.').toString();
    }

    private static String sample(List<QualifiedName> tables) {
        String names = tables.stream().limit(TABLES_LISTED).map(QualifiedName::name)
                .collect(Collectors.joining(", "));
        return tables.size() > TABLES_LISTED ? names + ", …" : names;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

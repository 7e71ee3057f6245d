package io.dbarch.knowledge.erd;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entity diagram to draw.
 *
 * @param name     the artifacts' base name, e.g. {@code erd-02-sales}
 * @param title    the title line, if any
 * @param tables   the tables drawn in full
 * @param external tables of other areas linked to this one, drawn as small dashed boxes, with their area name
 */
record DiagramPlan(String name, Optional<String> title, List<QualifiedName> tables,
        Map<QualifiedName, String> external) {

    DiagramPlan {
        requireNonNull(name, "name");
        requireNonNull(title, "title");
        tables = List.copyOf(tables);
        external = Map.copyOf(external);
    }
}

package io.dbarch.knowledge.erd;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.List;

/**
 * One diagram of a result: its base name (artifacts are {@code name + "." + extension}), its title, the tables it
 * draws as full entities and how many relationship lines it has. The overview lists no tables (it draws areas).
 */
public record ErdDiagram(String name, String title, Kind kind, List<QualifiedName> tables, int relationships) {

    /** What a diagram shows. */
    public enum Kind {
        /** Tables with their columns and relationships. */
        ENTITIES,
        /** One box per subject area and the relationships between areas. */
        OVERVIEW
    }

    public ErdDiagram {
        requireNonNull(name, "name");
        requireNonNull(title, "title");
        requireNonNull(kind, "kind");
        tables = List.copyOf(tables);
    }
}

package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.List;

/** "Is this database's schema the one wanted?": the planner's own diff between them, which must be empty. */
final class ModelCheck {

    private ModelCheck() {
    }

    static List<String> differences(SchemaModel actual, SchemaModel wanted) {
        return new Differ(withoutHistory(actual), withoutHistory(wanted), Renames.none()).diff().stream()
                .map(Change::describe).toList();
    }

    /** The model without Flyway's history tables. */
    static SchemaModel withoutHistory(SchemaModel model) {
        List<Table> tables = model.tables().stream().filter(t -> !t.name().name().equals(FlywayRun.HISTORY_TABLE)
                && !t.name().name().equals("flyway_schema_history")).toList();
        if (tables.size() == model.tables().size()) {
            return model;
        }
        return new SchemaModel(model.dialect(), model.schemas(), tables, model.views(), model.enums(),
                model.domains(), model.sequences(), model.extensions(), model.comments());
    }

    /** True when the model was read from a live catalog (no object carries a text location). */
    static boolean fromCatalog(SchemaModel model) {
        return model.tables().stream().noneMatch(t -> t.location().isTextual())
                && model.views().stream().noneMatch(v -> v.location().isTextual());
    }
}

package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.SchemaModel;
import java.util.List;

/** What the MySQL generator shares while planning one diff. */
record MySqlContext(
        PlanOptions options, SchemaModel from, SchemaModel to, SourceMapper mapper, List<Change> changes,
        Draft draft) {

    boolean safe() {
        return options.mode() == Mode.SAFE;
    }
}

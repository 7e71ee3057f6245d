package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** The table and column names of a schema, for naming rules. */
record ModelNames(String kind, String name, String object, SourceLocation location) {

    static List<ModelNames> of(SchemaModel model) {
        List<ModelNames> names = new ArrayList<>();
        for (Table t : model.tables()) {
            if (t.isPartition()) {
                continue;
            }
            names.add(new ModelNames("table", t.name().name(), t.name().toString(), t.location()));
            for (Column c : t.columns()) {
                names.add(new ModelNames("column", c.name(), t.name() + "." + c.name(), c.location()));
            }
        }
        return names;
    }
}

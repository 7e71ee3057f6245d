package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.View;
import java.util.Optional;

/** Changes to views and materialized views. */
final class ViewChanges {

    private ViewChanges() {
    }

    record CreateView(View view) implements Change {
        @Override
        public String describe() {
            return "create " + (view.materialized() ? "materialized view " : "view ") + view.name();
        }
    }

    record DropView(View view) implements Change {
        @Override
        public String describe() {
            return "drop " + (view.materialized() ? "materialized view " : "view ") + view.name();
        }
    }

    /** A view whose definition changes, or which must be rebuilt around a change to what it reads. */
    record ReplaceView(View before, View after, Optional<String> because) implements Change {
        @Override
        public String describe() {
            return "rebuild view " + after.name() + because.map(b -> " (" + b + ")").orElse("");
        }
    }

    record ViewComment(View view) implements Change {
        @Override
        public String describe() {
            return "comment on view " + view.name();
        }
    }
}

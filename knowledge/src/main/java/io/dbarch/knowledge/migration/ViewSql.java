package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.View;
import java.util.Locale;

/** CREATE, DROP and COMMENT statements for views and materialized views. */
final class ViewSql {

    private ViewSql() {
    }

    static String create(View view) {
        return "CREATE " + kind(view).toUpperCase(Locale.ROOT) + Sql.name(view.name()) + " AS\n" + view.definition();
    }

    static String drop(View view) {
        return "DROP " + kind(view).toUpperCase(Locale.ROOT) + "IF EXISTS " + Sql.name(view.name());
    }

    static String comment(View view) {
        return "COMMENT ON " + kind(view).toUpperCase(Locale.ROOT) + Sql.name(view.name()) + " IS "
                + view.comment().map(Sql::literal).orElse("NULL");
    }

    static String kind(View view) {
        return view.materialized() ? "materialized view " : "view ";
    }
}

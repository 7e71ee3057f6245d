package io.dbarch.knowledge.design.runbooks;

import io.dbarch.knowledge.design.QueryPattern;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import io.dbarch.knowledge.design.schema.TableDesign;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the workload's main queries into pgbench custom scripts against the designed schema. Keys are drawn
 * uniformly from 1..rows; in a multi-tenant schema a referenced row is picked inside the current tenant.
 */
final class PgbenchScripts {

    private final Requirements r;
    private final SchemaDesign schema;
    private final Values values;

    PgbenchScripts(Requirements r, SchemaDesign schema) {
        this.r = r;
        this.schema = schema;
        this.values = new Values(r, schema);
    }

    Map<String, String> scripts() {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (QueryPattern q : r.workload().queries()) {
            schema.table(q.entity()).ifPresent(t -> scripts.put(fileName(q), script(q, t)));
        }
        return scripts;
    }

    static String fileName(QueryPattern q) {
        return q.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("(^_|_$)", "") + ".sql";
    }

    private String script(QueryPattern q, TableDesign t) {
        List<String> lines = new ArrayList<>();
        lines.add("-- " + q.name() + " (" + q.kind().spelling() + ", " + q.sharePercent() + "% of statements)");
        if (t.tenantScoped()) {
            lines.add("\\set tenant_id random(1, " + r.tenancy().tenants() + ")");
        }
        String body = switch (q.kind()) {
            case INSERT -> values.insert(t);
            case READ -> "SELECT * FROM " + t.name() + values.where(q, t) + values.order(q, t) + " LIMIT " + q.limit() + ";";
            case AGGREGATE -> values.aggregate(q, t);
            case UPDATE -> "UPDATE " + t.name() + " SET updated_at = now()" + values.where(q, t) + ";";
            case DELETE -> "DELETE FROM " + t.name() + values.where(q, t) + ";";
        };
        lines.addAll(values.variables());
        if (t.tenantScoped()) {
            lines.add("BEGIN;");
            lines.add("SELECT set_config('app.tenant_id', :tenant_id::text, true);");
            lines.add(body);
            lines.add("END;");
        } else {
            lines.add(body);
        }
        values.reset();
        return String.join("\n", lines) + "\n";
    }
}

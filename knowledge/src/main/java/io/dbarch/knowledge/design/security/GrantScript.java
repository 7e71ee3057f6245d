package io.dbarch.knowledge.design.security;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.schema.ColumnDesign;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import io.dbarch.knowledge.design.schema.TableDesign;
import java.util.stream.Collectors;

/** Writes the least-privilege GRANT script for PostgreSQL. */
final class GrantScript {

    private GrantScript() {
    }

    static String render(Requirements r, SchemaDesign schema) {
        StringBuilder sql = new StringBuilder();
        sql.append("""
                -- Least-privilege roles for %s. Group roles hold privileges and cannot log in; create one LOGIN
                -- role per service or person as a member (passwords come from the secrets manager, never from here).
                -- Run after V1 as the owner of the schema objects.
                CREATE ROLE migrator NOLOGIN;
                CREATE ROLE app_rw NOLOGIN;
                CREATE ROLE app_ro NOLOGIN;
                CREATE ROLE analyst NOLOGIN;
                CREATE ROLE auditor NOLOGIN;

                REVOKE ALL ON SCHEMA public FROM PUBLIC;
                GRANT USAGE, CREATE ON SCHEMA public TO migrator;
                GRANT USAGE ON SCHEMA public TO app_rw, app_ro, analyst, auditor;
                GRANT pg_read_all_stats TO auditor;

                """.formatted(r.name()));
        for (TableDesign t : schema.tables()) {
            sql.append("ALTER TABLE ").append(t.name()).append(" OWNER TO migrator;\n");
        }
        sql.append("\n-- The application: read and write, except where rows are append-only or write-once.\n");
        for (TableDesign t : schema.tables()) {
            sql.append("GRANT ").append(appendOnly(r, t) ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE")
                    .append(" ON ").append(t.name()).append(" TO app_rw;\n");
        }
        String all = schema.tables().stream().map(TableDesign::name).collect(Collectors.joining(", "));
        sql.append("\n-- Read-only services and the auditor read everything.\n");
        sql.append(all.isEmpty() ? "-- No table is designed yet: the default privileges below cover every table the"
                + " migrations create.\n" : "GRANT SELECT ON " + all + " TO app_ro, auditor;\n");
        sql.append("\n-- Analysts: no personal columns (column-level grants).\n");
        for (TableDesign t : schema.tables()) {
            String open = t.columns().stream().filter(c -> !c.personal()).map(ColumnDesign::name)
                    .collect(Collectors.joining(", "));
            if (!open.isEmpty()) {
                sql.append("GRANT SELECT (").append(open).append(") ON ").append(t.name()).append(" TO analyst;\n");
            }
        }
        if (r.compliance().rightToErasure()) {
            sql.append("\n-- The erasure job: delete rows holding personal data, blank references to erased people.\n");
            sql.append("CREATE ROLE eraser NOLOGIN;\nGRANT USAGE ON SCHEMA public TO eraser;\n");
            if (schema.tables().stream().anyMatch(TableDesign::tenantScoped)) {
                sql.append("-- eraser is subject to row-level security: the job sets app.tenant_id to the person's tenant.\n");
            }
            for (TableDesign t : schema.tables()) {
                boolean personal = t.columns().stream().anyMatch(ColumnDesign::personal);
                var refs = t.foreignKeys().stream().filter(fk -> schema.table(fk.references())
                                .map(p -> p.columns().stream().anyMatch(ColumnDesign::personal)).orElse(false))
                        .map(fk -> fk.columns().get(fk.columns().size() - 1)).filter(c -> !c.equals("tenant_id"))
                        .distinct().toList();
                if (personal) {
                    sql.append("GRANT SELECT, DELETE ON ").append(t.name()).append(" TO eraser;\n");
                }
                if (!refs.isEmpty()) {
                    sql.append("GRANT SELECT, UPDATE (").append(String.join(", ", refs))
                            .append(") ON ").append(t.name()).append(" TO eraser;\n");
                }
            }
        }
        sql.append("""

                -- Objects created by later migrations get the same grants.
                ALTER DEFAULT PRIVILEGES FOR ROLE migrator IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO app_rw;
                ALTER DEFAULT PRIVILEGES FOR ROLE migrator IN SCHEMA public GRANT SELECT ON TABLES TO app_ro, auditor;
                -- Analysts get no default grant: each new table's columns are reviewed for personal data first.
                """);
        if (schema.tables().stream().anyMatch(TableDesign::tenantScoped)) {
            sql.append("-- app_rw and app_ro are subject to row-level security: never grant them BYPASSRLS or table ownership.\n");
        }
        return sql.toString();
    }

    static boolean appendOnly(Requirements r, TableDesign t) {
        boolean immutable = r.compliance().retentionOf(t.name()).map(x -> x.immutable()).orElse(false);
        return immutable || t.partitionKey().isPresent();
    }
}

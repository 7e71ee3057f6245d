package io.dbarch.knowledge.design.analytics;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.schema.ColumnDesign;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import io.dbarch.knowledge.design.schema.TableDesign;
import java.util.List;
import java.util.stream.Collectors;

/** The publication (with personal columns left out) and the Debezium connector configuration. */
record CdcArtifacts(String publicationSql, String connectorJson) {

    static CdcArtifacts none() {
        return new CdcArtifacts("", "");
    }

    static CdcArtifacts of(Requirements r, SchemaDesign schema) {
        List<TableDesign> tables = schema.tables();
        String list = tables.stream().map(t -> "    " + t.name() + " (" + t.columns().stream()
                        .filter(c -> !c.personal()).map(ColumnDesign::name).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(",\n"));
        boolean partitioned = tables.stream().anyMatch(t -> t.partitionKey().isPresent());
        String sql = "-- Personal columns are left out of the column lists, so they never leave the primary.\n"
                + "CREATE PUBLICATION analytics_pub FOR TABLE\n" + list + "\n"
                + (partitioned ? "    WITH (publish_via_partition_root = true)" : "") + ";\n"
                + "-- Cap the WAL a stalled consumer can pin (postgresql.conf): max_slot_wal_keep_size = '100GB'\n";
        String excluded = tables.stream().flatMap(t -> t.columns().stream().filter(ColumnDesign::personal)
                .map(c -> "public." + t.name() + "." + c.name())).collect(Collectors.joining(","));
        String include = tables.stream().map(t -> "public." + t.name()).collect(Collectors.joining(","));
        String json = """
                {
                  "name": "%s-analytics",
                  "config": {
                    "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
                    "plugin.name": "pgoutput",
                    "publication.name": "analytics_pub",
                    "publication.autocreate.mode": "disabled",
                    "slot.name": "analytics_slot",
                    "database.hostname": "<primary host>",
                    "database.user": "cdc_reader",
                    "database.password": "<from the secrets manager>",
                    "database.dbname": "<database>",
                    "topic.prefix": "%s",
                    "table.include.list": "%s",
                    "column.exclude.list": "%s",
                    "snapshot.mode": "initial",
                    "heartbeat.interval.ms": "10000"
                  }
                }
                """.formatted(slug(r.name()), slug(r.name()), include, excluded);
        return new CdcArtifacts(sql, json);
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}

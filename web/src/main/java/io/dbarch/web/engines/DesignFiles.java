package io.dbarch.web.engines;

import io.dbarch.knowledge.design.Platform;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import io.dbarch.web.escalation.EscalationRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The files of a design package: the Flyway migration, the other dialect's script and the escalations. */
final class DesignFiles {

    private DesignFiles() {
    }

    static Map<String, String> of(Requirements r, SchemaDesign schema, List<EscalationRecord> escalations) {
        boolean mysql = r.platform().engine() == Platform.Engine.MYSQL;
        var files = new LinkedHashMap<String, String>();
        files.put("flyway/V1__initial_schema.sql", mysql ? schema.mysql() : schema.postgresql());
        files.put(mysql ? "schema/postgresql.sql" : "schema/mysql.sql", mysql ? schema.postgresql() : schema.mysql());
        var md = new StringBuilder("# Escalations: " + r.name() + "\n\n");
        if (escalations.isEmpty()) {
            md.append("The requirements raise no escalation.\n");
        }
        for (EscalationRecord e : escalations) {
            md.append("## ").append(e.severity().toUpperCase(java.util.Locale.ROOT)).append(": ").append(e.title())
                    .append("\n\n").append(e.conflict()).append("\n\nOptions: ").append(e.options())
                    .append("\n\nWho decides: ").append(e.decider()).append(" (").append(e.id()).append(")\n\n");
        }
        files.put("escalations.md", md.toString());
        return files;
    }

    static byte[] zip(Map<String, String> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing an in-memory zip failed", e);
        }
        return bytes.toByteArray();
    }
}

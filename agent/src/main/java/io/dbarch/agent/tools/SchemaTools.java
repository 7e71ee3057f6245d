package io.dbarch.agent.tools;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.sql.DdlReader;
import java.util.stream.Collectors;

/** Tools over the schema reader: what a DDL script contains, and one table in detail. */
public final class SchemaTools {

    /** The tools' names as the model calls them. */
    public static final String INSPECT_SCHEMA = "inspectSchema";
    public static final String DESCRIBE_TABLE = "describeTable";

    /** The file name pasted DDL gets in locations ({@code pasted.sql:12:1}). */
    public static final String PASTED_FILE = "pasted.sql";

    private final ScriptSource source;
    private final SchemaSummary summary;

    public SchemaTools(ScriptSource source) {
        this.source = requireNonNull(source, "source");
        this.summary = new SchemaSummary(SchemaSummary.MAX_TABLES, SchemaSummary.MAX_DIAGNOSTICS);
    }

    /** Schema tools that accept DDL text only. */
    public SchemaTools(DdlReader reader) {
        this(new ScriptSource(reader));
    }

    @Tool(name = INSPECT_SCHEMA, value = "Reads a PostgreSQL or MySQL DDL script and summarises it: objects per kind, "
            + "tables with their column counts, and statements it could not read as file:line:col lines.")
    public String inspectSchema(@ToolMemoryId Object conversationId,
            @P("Id of the artifact holding the DDL (e.g. art-1), or the complete DDL script") String ddl) {
        var script = source.load(conversationId, ddl, "ddl");
        return summary.format(script.name(), source.read(script))
                + script.artifactId().map(id -> "\nSource: " + id + ".").orElse("");
    }

    @Tool(name = DESCRIBE_TABLE, value = "Describes one table of a DDL script: columns with types, nullability and "
            + "defaults, keys, foreign keys in and out, indexes, partitioning.")
    public String describeTable(@ToolMemoryId Object conversationId,
            @P("Id of the artifact holding the DDL (e.g. art-1), or the complete DDL script") String ddl,
            @P("Table name, e.g. orders or sales.orders") String table) {
        if (table == null || table.isBlank()) {
            throw new IllegalArgumentException("The table argument is empty; pass a table name such as orders.");
        }
        var script = source.load(conversationId, ddl, "ddl");
        SchemaModel model = source.read(script).model();
        Table found = model.table(table.strip()).orElseThrow(() -> new IllegalArgumentException(
                "No table '" + clip(table) + "' in " + script.name() + "; tables with similar names: "
                        + similar(model, table) + "."));
        return TableDescriber.describe(model, found);
    }

    private static String similar(SchemaModel model, String wanted) {
        String w = wanted.strip().toLowerCase(java.util.Locale.ROOT);
        String stem = w.length() > 3 ? w.substring(0, 3) : w;
        String names = model.tables().stream().map(t -> t.name().name())
                .filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains(stem)).limit(10)
                .collect(Collectors.joining(", "));
        if (!names.isEmpty()) {
            return names;
        }
        return model.tables().stream().limit(10).map(t -> t.name().name()).collect(Collectors.joining(", "));
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}

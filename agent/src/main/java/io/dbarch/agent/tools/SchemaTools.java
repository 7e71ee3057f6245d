package io.dbarch.agent.tools;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.SourceText;

/** Tools over the schema reader: what a pasted DDL script contains. */
public final class SchemaTools {

    /** The tool's name as the model calls it. */
    public static final String INSPECT_SCHEMA = "inspectSchema";

    /** The file name pasted DDL gets in locations ({@code pasted.sql:12:1}). */
    public static final String PASTED_FILE = "pasted.sql";

    static final int MAX_DDL_CHARS = 5_000_000;

    private final DdlReader reader;
    private final SchemaSummary summary;

    public SchemaTools(DdlReader reader) {
        this.reader = requireNonNull(reader, "reader");
        this.summary = new SchemaSummary(SchemaSummary.MAX_TABLES, SchemaSummary.MAX_DIAGNOSTICS);
    }

    @Tool(name = INSPECT_SCHEMA, value = "Reads a PostgreSQL or MySQL DDL script and summarises it: objects per kind, "
            + "tables with their column counts, and statements it could not read as file:line:col lines.")
    public String inspectSchema(@P("Complete DDL script") String ddl) {
        if (ddl == null || ddl.isBlank()) {
            throw new IllegalArgumentException("The ddl argument is empty; pass the complete script, "
                    + "e.g. the CREATE TABLE statements the user pasted.");
        }
        if (ddl.length() > MAX_DDL_CHARS) {
            throw new IllegalArgumentException("The script has " + ddl.length() + " characters; the limit is "
                    + MAX_DDL_CHARS + ". Ask the user for the part of the schema in question.");
        }
        return summary.format(PASTED_FILE, reader.read(SourceText.of(PASTED_FILE, ddl)));
    }
}

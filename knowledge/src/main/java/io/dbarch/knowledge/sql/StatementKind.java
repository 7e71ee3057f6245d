package io.dbarch.knowledge.sql;

/** What a statement is, decided from its leading keywords. */
public enum StatementKind {
    CREATE_TABLE("CREATE TABLE", true),
    ALTER_TABLE("ALTER TABLE", true),
    DROP_TABLE("DROP TABLE", true),
    CREATE_INDEX("CREATE INDEX", true),
    DROP_INDEX("DROP INDEX", true),
    ALTER_INDEX("ALTER INDEX", true),
    CREATE_TYPE("CREATE TYPE", true),
    ALTER_TYPE("ALTER TYPE", true),
    DROP_TYPE("DROP TYPE", true),
    CREATE_DOMAIN("CREATE DOMAIN", true),
    ALTER_DOMAIN("ALTER DOMAIN", true),
    DROP_DOMAIN("DROP DOMAIN", true),
    CREATE_SEQUENCE("CREATE SEQUENCE", true),
    ALTER_SEQUENCE("ALTER SEQUENCE", true),
    DROP_SEQUENCE("DROP SEQUENCE", true),
    CREATE_VIEW("CREATE VIEW", true),
    ALTER_VIEW("ALTER VIEW", true),
    DROP_VIEW("DROP VIEW", true),
    CREATE_SCHEMA("CREATE SCHEMA", true),
    ALTER_SCHEMA("ALTER SCHEMA", true),
    DROP_SCHEMA("DROP SCHEMA", true),
    CREATE_EXTENSION("CREATE EXTENSION", true),
    DROP_EXTENSION("DROP EXTENSION", true),
    COMMENT("COMMENT ON", true),
    RENAME_TABLE("RENAME TABLE", true),
    CREATE_FUNCTION("CREATE FUNCTION", false),
    CREATE_TRIGGER("CREATE TRIGGER", false),
    DROP_OTHER("DROP", false),
    CREATE_OTHER("CREATE", false),
    ALTER_OTHER("ALTER", false),
    GRANT("GRANT", false),
    REVOKE("REVOKE", false),
    INSERT("INSERT", false),
    UPDATE("UPDATE", false),
    DELETE("DELETE", false),
    TRUNCATE("TRUNCATE", false),
    COPY("COPY", false),
    SELECT("SELECT", false),
    SET("SET", false),
    TRANSACTION("TRANSACTION", false),
    DO_BLOCK("DO", false),
    META_COMMAND("META-COMMAND", false),
    OTHER("OTHER", false);

    private final String label;
    private final boolean schemaDefining;

    StatementKind(String label, boolean schemaDefining) {
        this.label = label;
        this.schemaDefining = schemaDefining;
    }

    /** How people write it, e.g. {@code CREATE TABLE}. */
    public String label() {
        return label;
    }

    /** True for statements that define or change tables, types, indexes and the like (the model reads them). */
    public boolean schemaDefining() {
        return schemaDefining;
    }
}

package io.dbarch.knowledge.schema;

/** The SQL dialects dbarch reads, with the few facts about each that the model needs. */
public enum Dialect {
    POSTGRESQL("postgresql", "public", 63),
    MYSQL("mysql", "", 64);

    private final String id;
    private final String defaultSchema;
    private final int maxIdentifierBytes;

    Dialect(String id, String defaultSchema, int maxIdentifierBytes) {
        this.id = id;
        this.defaultSchema = defaultSchema;
        this.maxIdentifierBytes = maxIdentifierBytes;
    }

    /** The lower-case name used on the command line and in configuration, e.g. {@code postgresql}. */
    public String id() {
        return id;
    }

    /** The schema unqualified names resolve to: {@code public} in PostgreSQL, none in MySQL. */
    public String defaultSchema() {
        return defaultSchema;
    }

    /** Longest identifier the database keeps, in bytes (PostgreSQL truncates past 63). */
    public int maxIdentifierBytes() {
        return maxIdentifierBytes;
    }

    public static java.util.Optional<Dialect> fromId(String id) {
        for (Dialect d : values()) {
            if (d.id.equalsIgnoreCase(id) || (d == POSTGRESQL && "postgres".equalsIgnoreCase(id))) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }
}

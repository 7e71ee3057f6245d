package io.dbarch.agent;

/**
 * Generates a PostgreSQL schema of {@code n} tables named {@code t_0000}…: each has an identity key, a few typed
 * columns, and (after the first) a foreign key to an earlier table with a supporting index.
 */
final class SyntheticSchema {

    private SyntheticSchema() {
    }

    static String tableName(int i) {
        return "t_%04d".formatted(i);
    }

    static String of(int n) {
        var out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String name = tableName(i);
            out.append("CREATE TABLE ").append(name).append(" (\n")
                    .append("    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n")
                    .append("    code text NOT NULL UNIQUE,\n")
                    .append("    amount numeric(12,2),\n")
                    .append("    created_at timestamptz NOT NULL DEFAULT now()");
            if (i > 0) {
                out.append(",\n    parent_id bigint REFERENCES ").append(tableName((i * 7) % i)).append(" (id)");
            }
            out.append("\n);\n");
            if (i > 0) {
                out.append("CREATE INDEX ").append(name).append("_parent_ix ON ").append(name)
                        .append(" (parent_id);\n");
            }
        }
        return out.toString();
    }
}

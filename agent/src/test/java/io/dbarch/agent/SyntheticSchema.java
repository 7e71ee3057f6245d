package io.dbarch.agent;

/**
 * Generates PostgreSQL schemas: {@link #of} gives {@code n} tables named {@code t_0000}…, each with an identity key, a
 * few typed columns, and (after the first) a foreign key to an earlier table with a supporting index;
 * {@link #families} gives named families of tables ({@code billing_root}, {@code billing_01}, …), which the ERD
 * splits into subject areas named after them.
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

    /** For each family, a {@code <family>_root} table and {@code perFamily - 1} item tables referencing it. */
    static String families(int perFamily, String... families) {
        var out = new StringBuilder();
        for (String family : families) {
            out.append("CREATE TABLE ").append(family).append("_root (id bigint PRIMARY KEY, name text NOT NULL);\n");
            for (int i = 1; i < perFamily; i++) {
                String name = "%s_%02d".formatted(family, i);
                out.append("CREATE TABLE ").append(name).append(" (id bigint PRIMARY KEY, root_id bigint NOT NULL ")
                        .append("REFERENCES ").append(family).append("_root (id));\n")
                        .append("CREATE INDEX ").append(name).append("_root_ix ON ").append(name)
                        .append(" (root_id);\n");
            }
        }
        return out.toString();
    }
}

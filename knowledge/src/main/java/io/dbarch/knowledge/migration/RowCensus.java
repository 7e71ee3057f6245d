package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts each table's own rows ({@code FROM ONLY}) and fingerprints each column's values (md5 of the sorted text
 * forms), so that what survives a migration can be checked. One query for all tables.
 */
final class RowCensus {

    /** One table: its row count and a fingerprint per column. */
    record Counts(long rows, Map<String, String> columns) {
    }

    private RowCensus() {
    }

    static Map<QualifiedName, Counts> take(Connection connection, SchemaModel model) throws SQLException {
        Map<QualifiedName, Counts> out = new HashMap<>();
        String schema = model.dialect().defaultSchema();
        List<Table> tables = model.tables().stream().filter(t -> !t.isPartitioned()).toList();
        if (tables.isEmpty()) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            var sql = new StringBuilder("SELECT " + i + " AS n, count(*) AS rows, ARRAY[''");
            for (Column c : t.columns()) {
                String ident = Sql.ident(c.name());
                sql.append(", md5(coalesce(string_agg(").append(ident).append("::text, '|' ORDER BY ").append(ident)
                        .append("::text), ''))");
            }
            parts.add(sql.append("] AS prints FROM ONLY ").append(Sql.name(t.name())).toString());
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(String.join("\nUNION ALL\n", parts))) {
            while (rs.next()) {
                Table t = tables.get(rs.getInt("n"));
                Array array = rs.getArray("prints");
                Object[] prints = (Object[]) array.getArray();
                Map<String, String> columns = new HashMap<>();
                for (int c = 0; c < t.columns().size(); c++) {
                    columns.put(t.columns().get(c).name(), String.valueOf(prints[c + 1]));
                }
                out.put(t.name().inSchema(schema), new Counts(rs.getLong("rows"), columns));
            }
        }
        return out;
    }
}

package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts each table's own rows ({@code FROM ONLY}) and fingerprints each column's values (md5 of the sorted text
 * forms), so that what survives a migration can be checked.
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
        try (Statement st = connection.createStatement()) {
            for (Table t : model.tables()) {
                if (t.isPartitioned()) {
                    continue;
                }
                List<Column> columns = t.columns();
                var sql = new StringBuilder("SELECT count(*)");
                for (Column c : columns) {
                    String ident = Sql.ident(c.name());
                    sql.append(", md5(coalesce(string_agg(").append(ident).append("::text, '|' ORDER BY ")
                            .append(ident).append("::text), ''))");
                }
                sql.append(" FROM ONLY ").append(Sql.name(t.name()));
                try (ResultSet rs = st.executeQuery(sql.toString())) {
                    rs.next();
                    Map<String, String> prints = new HashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        prints.put(columns.get(i).name(), rs.getString(i + 2));
                    }
                    out.put(t.name().inSchema(schema), new Counts(rs.getLong(1), prints));
                }
            }
        }
        return out;
    }
}

package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.List;
import java.util.stream.Collectors;

/** MySQL spelling: backquoted names, column definitions, and the online schema change tools' commands. */
final class MySqlDdl {

    private MySqlDdl() {
    }

    static String ident(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    static String name(QualifiedName name) {
        return name.isQualified() ? ident(name.schema()) + "." + ident(name.name()) : ident(name.name());
    }

    static String columns(List<String> names) {
        return names.stream().map(MySqlDdl::ident).collect(Collectors.joining(", "));
    }

    static String definition(Column c) {
        var sql = new StringBuilder(ident(c.name())).append(' ').append(c.type().normalized());
        c.collation().ifPresent(x -> sql.append(" COLLATE ").append(x));
        if (c.generatedExpression().isPresent()) {
            sql.append(" GENERATED ALWAYS AS (").append(c.generatedExpression().get()).append(") STORED");
        }
        sql.append(c.nullable() ? " NULL" : " NOT NULL");
        c.defaultExpression().ifPresent(d -> sql.append(" DEFAULT ").append(d));
        if (c.autoIncrement()) {
            sql.append(" AUTO_INCREMENT");
        }
        c.comment().ifPresent(x -> sql.append(" COMMENT ").append(Sql.literal(x)));
        return sql.toString();
    }

    /** The gh-ost and pt-online-schema-change commands that run {@code alter} without blocking writes. */
    static String onlineTools(Table table, String alter) {
        String db = table.name().isQualified() ? table.name().schema() : "<database>";
        String quoted = alter.replace("\"", "\\\"");
        return "gh-ost --database=" + db + " --table=" + table.name().name() + " --alter=\"" + quoted
                + "\" --allow-on-master --execute; or pt-online-schema-change --alter \"" + quoted + "\" D=" + db
                + ",t=" + table.name().name() + " --execute";
    }
}

package io.dbarch.knowledge.design.schema;

import io.dbarch.knowledge.design.Decision;
import io.dbarch.knowledge.design.Requirements;
import java.util.stream.Collectors;

/** The Markdown of the schema section. */
final class SchemaMarkdown {

    private SchemaMarkdown() {
    }

    static String render(Requirements r, SchemaDesign d) {
        StringBuilder md = new StringBuilder();
        md.append("%d tables for %d entities (%d junction), %d indexes, %d foreign keys. The PostgreSQL script is "
                .formatted(d.tables().size(), r.domain().entities().size(),
                        d.tables().stream().filter(t -> t.entity().contains(" × ")).count(),
                        d.tables().stream().mapToInt(t -> t.indexes().size()).sum(),
                        d.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum()))
                .append("`flyway/V1__initial_schema.sql`; the MySQL variant is `schema/mysql.sql`.\n\n");
        md.append("### Tables\n\n| table | primary key | unique keys | foreign keys | indexes |\n|---|---|---|---|---|\n");
        for (TableDesign t : d.tables()) {
            md.append("| ").append(t.name()).append(t.partitionKey().map(k -> " (partitioned by " + k + ")").orElse(""))
                    .append(" | ").append(String.join(", ", t.primaryKey()))
                    .append(" | ").append(t.uniqueKeys().stream().map(k -> "(" + String.join(", ", k) + ")")
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(t.foreignKeys().stream().map(fk -> fk.references()).distinct()
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(t.indexes().stream().map(i -> "(" + String.join(", ", i.columns()) + ")")
                            .collect(Collectors.joining(", "))).append(" |\n");
        }
        if (!d.queryIndexes().isEmpty()) {
            md.append("\n### Main queries and the index that serves them\n\n| query | served by |\n|---|---|\n");
            r.workload().queries().stream().filter(q -> d.queryIndexes().containsKey(q.name()))
                    .forEach(q -> md.append("| ").append(q.name()).append(" | ").append(d.queryIndexes().get(q.name()))
                            .append(" |\n"));
        }
        md.append("\n### Decisions\n\n").append(Decision.tableHeader());
        d.decisions().forEach(x -> md.append(x.asRow()).append('\n'));
        return md.toString();
    }
}

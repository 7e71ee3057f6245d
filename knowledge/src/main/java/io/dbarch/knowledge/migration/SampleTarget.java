package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What sample rows of the source must also satisfy in the target: the values its CHECKs allow and the rows its
 * foreign keys point to, translated back to source names.
 */
final class SampleTarget {

    private final SchemaModel source;
    private final SchemaModel target;
    private final Renames renames;
    private final SourceMapper mapper;
    private final String schema;

    SampleTarget(SchemaModel source, SchemaModel target, Renames renames) {
        this.source = source;
        this.target = target;
        this.renames = renames;
        this.schema = target.dialect().defaultSchema();
        this.mapper = new SourceMapper(renames, schema);
    }

    /** Values the target allows: its CHECK literals, or its enum labels when the column becomes an enum. */
    List<String> literals(Table t, Column c, int row) {
        Optional<Pair> pair = counterpart(t, c);
        if (pair.isEmpty()) {
            return List.of();
        }
        List<String> checks = CheckLiterals.of(pair.get().table, pair.get().column, row);
        if (!checks.isEmpty() || Types.same(c.type(), pair.get().column.type())) {
            return checks;
        }
        String key = Types.key(pair.get().column.type()).replace("[]", "");
        return target.enums().stream().filter(e -> Types.key(e.name()).equals(key)).findFirst()
                .map(e -> e.labels().stream().map(Sql::literal).toList()).orElse(List.of());
    }

    /** True when the table's target allows one row only. */
    boolean singleRow(Table t) {
        return target.table(mapper.table(t.name())).map(SampleData::singleRow).orElse(false);
    }

    /** A value pointing at a row that a foreign key of the target (on this column) will reference. */
    Optional<String> reference(Table t, Column c, int row) {
        Optional<Pair> pair = counterpart(t, c);
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        for (ForeignKey fk : pair.get().table.foreignKeys()) {
            int index = fk.columns().indexOf(pair.get().column.name());
            QualifiedName ref = fk.referencedTable().inSchema(schema);
            Optional<Table> parent = source.tables().stream().filter(s -> mapper.table(s.name()).equals(ref))
                    .findFirst();
            if (index < 0 || parent.isEmpty()) {
                continue;
            }
            List<String> refs = fk.referencedColumns().isEmpty()
                    ? target.table(ref).flatMap(Table::primaryKey).map(pk -> pk.columns()).orElse(List.of())
                    : fk.referencedColumns();
            if (refs.size() <= index) {
                continue;
            }
            Map<String, String> columns = renames.columns().getOrDefault(ref, Map.of());
            List<String> sourceRefs = refs.stream().map(r -> columns.entrySet().stream()
                    .filter(e -> e.getValue().equals(r)).map(Map.Entry::getKey).findFirst().orElse(r)).toList();
            boolean self = parent.get().name().equals(t.name());
            return Optional.of("(SELECT " + Sql.ident(sourceRefs.get(index)) + " FROM " + Sql.name(parent.get().name())
                    + " ORDER BY " + Sql.columns(sourceRefs) + " OFFSET " + (self ? 0 : row - 1) + " LIMIT 1)");
        }
        return Optional.empty();
    }

    private Optional<Pair> counterpart(Table t, Column c) {
        QualifiedName name = mapper.table(t.name());
        return target.table(name).flatMap(tt -> tt.column(mapper.column(name, c.name())).map(cc -> new Pair(tt, cc)));
    }

    private record Pair(Table table, Column column) {
    }
}

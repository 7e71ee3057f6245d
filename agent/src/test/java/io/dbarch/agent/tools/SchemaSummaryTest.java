package io.dbarch.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.sql.Diagnostic;
import io.dbarch.knowledge.sql.ReadResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchemaSummaryTest {

    private static final SourceLocation AT = SourceLocation.of("pasted.sql", 1, 1);

    private static Table table(String name, int columns) {
        var type = new DataType("int", "integer", "integer", List.of(), 0);
        List<Column> cols = IntStream.range(0, columns).mapToObj(i -> new Column("c" + i, type, true,
                Optional.empty(), Identity.NONE, false, false, Optional.empty(), Optional.empty(), Optional.empty(),
                AT)).toList();
        return new Table(QualifiedName.of("public", name), cols, Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), false, Map.of(), Optional.empty(),
                AT);
    }

    private static ReadResult result(List<Table> tables, List<Diagnostic> diagnostics) {
        SchemaModel empty = SchemaModel.empty(Dialect.POSTGRESQL);
        var model = new SchemaModel(Dialect.POSTGRESQL, List.of(), tables, List.of(), List.of(), List.of(),
                List.of(), List.of(), empty.comments());
        return new ReadResult(model, List.of(), diagnostics);
    }

    @Test
    void should_list_counts_and_tables_when_the_schema_has_tables() {
        // when
        String text = new SchemaSummary(30, 10).format("pasted.sql",
                result(List.of(table("customer", 1), table("orders", 3)), List.of()));

        // then
        assertThat(text).isEqualTo("""
                Read pasted.sql as postgresql: 0 schema statements, 0 understood.
                Objects: 2 tables, 4 columns.
                Tables (2): public.customer (1 column), public.orders (3 columns).""");
    }

    @Test
    void should_bound_tables_and_diagnostics_when_there_are_many() {
        // given
        List<Table> tables = IntStream.range(0, 5).mapToObj(i -> table("t" + i, 1)).toList();
        List<Diagnostic> diagnostics = IntStream.range(0, 4)
                .mapToObj(i -> new Diagnostic(SourceLocation.of("pasted.sql", i + 1, 1), "CREATE TABLE", "bad " + i))
                .toList();

        // when
        String text = new SchemaSummary(2, 3).format("pasted.sql", result(tables, diagnostics));

        // then
        assertThat(text).contains("Tables (5): public.t0 (1 column), public.t1 (1 column), … and 3 more.")
                .contains("""
                        Diagnostics (4):
                        pasted.sql:1:1 CREATE TABLE: bad 0
                        pasted.sql:2:1 CREATE TABLE: bad 1
                        pasted.sql:3:1 CREATE TABLE: bad 2
                        … and 1 more""");
    }

    @Test
    void should_report_zero_tables_when_the_schema_is_empty() {
        // when
        String text = new SchemaSummary(30, 10).format("pasted.sql", result(List.of(), List.of()));

        // then
        assertThat(text).contains("Objects: 0 tables.").doesNotContain("Tables (").doesNotContain("Diagnostics");
    }
}

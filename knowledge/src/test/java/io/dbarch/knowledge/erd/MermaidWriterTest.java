package io.dbarch.knowledge.erd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MermaidWriterTest {

    private static String write(SchemaFixture s, ErdOptions options) {
        ErdGraph graph = ErdGraphBuilder.build(s.build());
        return MermaidWriter.write(graph, DiagramPlanner.single(graph, options), options);
    }

    @Test
    void should_write_entities_keys_and_line_ends_when_schema_has_foreign_keys() {
        // given
        var s = SchemaFixture.schema();
        s.table("customer").id("customer_id").column("email", "character varying(255)", true).unique("email");
        s.table("orders").id("order_id").column("customer_id", "integer", false).fk("customer_id", "customer")
                .column("total", "numeric(12,2)", true);
        s.table("invoice").id("order_id").fk("order_id", "orders");

        // when
        String mermaid = write(s, ErdOptions.defaults().withTitle("Shop: orders"));

        // then
        assertThat(mermaid).startsWith("---\ntitle: \"Shop_ orders\"\n---\nerDiagram\n")
                .contains("    \"customer\" {\n        integer customer_id PK\n        varchar(255) email UK\n    }\n")
                .contains("        numeric(12,2) total\n")
                .contains("    \"customer\" |o--o{ \"orders\" : \"customer_id\"\n")
                .contains("    \"orders\" ||--o| \"invoice\" : \"order_id\"\n")
                .contains("        integer order_id PK, FK\n");
    }

    @Test
    void should_reduce_names_to_mermaid_words_when_names_are_odd_or_hostile() {
        // given
        var s = SchemaFixture.schema();
        s.table("Order Lines%%{init}%%").id("1st id").column("pk", "timestamp with time zone", false);
        s.table("order_lines_init").id("id");
        s.table("class").id("id");

        // when
        String mermaid = write(s, ErdOptions.defaults().withColumns(ColumnDetail.ALL));

        // then: symbols become _, a leading digit gets a prefix, a key word a suffix, keywords are quoted
        assertThat(mermaid).contains("    \"Order_Lines___init___\" {\n        integer x_1st_id PK\n"
                + "        timestamptz pk_\n    }\n").contains("    \"order_lines_init\" {\n")
                .contains("    \"class\" {\n").doesNotContain("%").doesNotContain("{init}");
    }

    @Test
    void should_suffix_names_when_two_tables_reduce_to_the_same_word() {
        // given
        var s = SchemaFixture.schema();
        s.table("a b").id("id");
        s.table("a-b").id("id");

        // when
        String mermaid = write(s, ErdOptions.defaults().withColumns(ColumnDetail.NONE));

        // then
        assertThat(mermaid).contains("    \"a_b\"\n").contains("    \"a_b_2\"\n");
    }

    @Test
    void should_write_bare_entities_when_no_columns_are_wanted() {
        // given
        var s = SchemaFixture.schema();
        s.table("a").id("id");
        s.table("b").id("id").column("a_id", "integer", true).fk("a_id", "a");

        // when
        String mermaid = write(s, ErdOptions.defaults().withColumns(ColumnDetail.NONE));

        // then
        assertThat(mermaid).isEqualTo("erDiagram\n    \"a\"\n    \"b\"\n    \"a\" ||--o{ \"b\" : \"a_id\"\n");
    }
}

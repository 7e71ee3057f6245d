package io.dbarch.knowledge.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.Partitioning;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogTextTest {

    @Test
    void should_split_format_type_text_into_name_and_modifiers() {
        assertThat(CatalogText.dataType("numeric(12,2)", 0))
                .isEqualTo(new DataType("numeric(12,2)", "numeric(12,2)", "numeric", List.of("12", "2"), 0));
        assertThat(CatalogText.dataType("timestamp(3) without time zone", 0).name())
                .isEqualTo("timestamp without time zone");
        assertThat(CatalogText.dataType("character varying(255)[]", 1))
                .isEqualTo(new DataType("character varying(255)[]", "character varying(255)[]",
                        "character varying", List.of("255"), 1));
        assertThat(CatalogText.dataType("\"bıgınt\"", 0).name()).isEqualTo("\"bıgınt\"");
        assertThat(CatalogText.dataType("public.vector(20)", 0).modifiers()).containsExactly("20");
    }

    @Test
    void should_keep_plain_type_when_it_has_no_modifiers() {
        assertThat(CatalogText.dataType("text", 0))
                .isEqualTo(new DataType("text", "text", "text", List.of(), 0));
    }

    @Test
    void should_remove_only_parentheses_that_wrap_the_whole_expression() {
        assertThat(CatalogText.unwrap("((a > 0))")).isEqualTo("a > 0");
        assertThat(CatalogText.unwrap("(a > 0) AND (b > 0)")).isEqualTo("(a > 0) AND (b > 0)");
        assertThat(CatalogText.unwrap("(x = ')(')")).isEqualTo("x = ')('");
        assertThat(CatalogText.unwrap("now()")).isEqualTo("now()");
    }

    @Test
    void should_read_partition_key_definition() {
        assertThat(CatalogText.partitioning("RANGE (payment_date)"))
                .contains(new Partitioning("range", "payment_date"));
        assertThat(CatalogText.partitioning("HASH (tenant_id, id)")).contains(new Partitioning("hash", "tenant_id, id"));
        assertThat(CatalogText.partitioning(null)).isEmpty();
    }

    @Test
    void should_map_storage_options_and_index_key_options() {
        assertThat(CatalogText.options(List.of("fillfactor=70", "autovacuum_enabled=false")))
                .isEqualTo(Map.of("fillfactor", "70", "autovacuum_enabled", "false"));
        assertThat(CatalogText.keyOptions(Optional.empty(), Optional.empty(), 0)).isEmpty();
        assertThat(CatalogText.keyOptions(Optional.empty(), Optional.empty(), 3)).isEqualTo("desc");
        assertThat(CatalogText.keyOptions(Optional.empty(), Optional.empty(), 1)).isEqualTo("desc nulls last");
        assertThat(CatalogText.keyOptions(Optional.empty(), Optional.empty(), 2)).isEqualTo("nulls first");
        assertThat(CatalogText.keyOptions(Optional.of("C"), Optional.of("text_pattern_ops"), 0))
                .isEqualTo("collate \"c\" text_pattern_ops");
    }
}

package io.dbarch.knowledge.design.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class ConsistencyDesignerTest {

    private final ConsistencyDesigner designer = new ConsistencyDesigner();

    @Test
    void should_use_serializable_with_retries_when_serializable_is_required() {
        // when
        ConsistencyDesign d = designer.design(Samples.yaml("name: X\nslas: {consistency: serializable}")).data();

        // then
        assertThat(d.isolation()).isEqualTo("serializable");
        assertThat(d.practice()).contains("retry on SQLSTATE 40001");
    }

    @Test
    void should_route_own_reads_to_the_primary_when_read_your_writes_is_required() {
        // when
        ConsistencyDesign d = designer.design(Samples.yaml("name: X\nslas: {consistency: read-your-writes}")).data();

        // then
        assertThat(d.isolation()).isEqualTo("read committed");
        assertThat(d.practice()).contains("go to the primary");
    }

    @Test
    void should_list_anomalies_for_every_engine_when_rendered() {
        // when
        var section = designer.design(Samples.yaml("name: X"));

        // then
        assertThat(section.data().levels()).extracting(ConsistencyDesign.Anomalies::engine)
                .contains("PostgreSQL", "MySQL InnoDB", "SQL Server", "Oracle", "Snowflake");
        assertThat(section.markdown()).contains("write skew", "### Across regions");
    }
}

package io.dbarch.knowledge.design.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.Diagnostic;
import io.dbarch.knowledge.sql.ReadResult;
import io.dbarch.knowledge.sql.SourceText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** dbarch's own DDL reader understands the generated scripts and sees the designed tables, keys and indexes. */
class GeneratedDdlReadBackTest {

    @ParameterizedTest
    @ValueSource(strings = {Samples.SAAS, Samples.ANALYTICS})
    void should_read_back_every_table_and_foreign_key_when_the_postgresql_script_is_read(String sample) {
        // given
        SchemaDesign design = new SchemaDesigner().design(Samples.requirements(sample)).data();

        // when
        ReadResult read = new DdlReader().read(List.of(new SourceText("V1__initial_schema.sql", design.postgresql())),
                Optional.of(Dialect.POSTGRESQL));

        // then
        assertThat(read.diagnostics()).extracting(Diagnostic::asLine).isEmpty();
        SchemaModel model = read.model();
        for (TableDesign t : design.tables()) {
            var table = model.table(t.name()).orElseThrow(() -> new AssertionError("missing " + t.name()));
            assertThat(table.foreignKeys()).as(t.name()).hasSize(t.foreignKeys().size());
            assertThat(table.primaryKey()).as(t.name()).isPresent();
        }
        assertThat(model.indexes().count()).isGreaterThanOrEqualTo(design.tables().stream().mapToInt(t -> t.indexes().size()).sum());
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SAAS, Samples.ANALYTICS})
    void should_read_back_every_table_when_the_mysql_script_is_read(String sample) {
        // given
        SchemaDesign design = new SchemaDesigner().design(Samples.requirements(sample)).data();

        // when
        ReadResult read = new DdlReader().read(List.of(new SourceText("mysql.sql", design.mysql())), Optional.of(Dialect.MYSQL));

        // then
        assertThat(read.diagnostics()).extracting(Diagnostic::asLine).isEmpty();
        assertThat(design.tables()).allSatisfy(t -> assertThat(read.model().table(t.name())).as(t.name()).isPresent());
    }
}

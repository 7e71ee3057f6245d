package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbarch.knowledge.sql.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywaySourcesTest {

    @Test
    void should_read_a_folder_in_flyway_version_order_leaving_undo_scripts_out(@TempDir Path dir) throws Exception {
        // given: lexical order would put V10 before V2
        Files.writeString(dir.resolve("V10__add_note.sql"), "ALTER TABLE t ADD COLUMN note text;");
        Files.writeString(dir.resolve("V2__create.sql"), "CREATE TABLE t (id int PRIMARY KEY);");
        Files.writeString(dir.resolve("U10__add_note.sql"), "ALTER TABLE t DROP COLUMN note;");
        Files.writeString(dir.resolve("R__views.sql"), "CREATE VIEW v AS SELECT id, note FROM t;");

        // when
        var model = new FlywaySources().read(dir, Optional.empty()).model();

        // then
        assertThat(model.table("t").orElseThrow().column("note")).isPresent();
        assertThat(model.views()).hasSize(1);
        assertThat(new FlywaySources().load(dir)).extracting(SourceText::name)
                .containsExactly("V2__create.sql", "V10__add_note.sql", "R__views.sql");
    }

    @Test
    void should_order_uploaded_scripts_by_version() {
        assertThat(FlywaySources.order(List.of(SourceText.of("V1_10__b.sql", ""), SourceText.of("V1_9__a.sql", ""),
                SourceText.of("notes.txt", "")))).extracting(SourceText::name).containsExactly("V1_9__a.sql", "V1_10__b.sql");
    }

    @Test
    void should_say_what_a_flyway_folder_holds_when_none_is_found(@TempDir Path dir) {
        assertThatThrownBy(() -> new FlywaySources().load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("V<version>__<description>.sql");
    }
}

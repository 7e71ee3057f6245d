package io.dbarch.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintInputsTest {

    @TempDir
    Path dir;

    @Test
    void should_order_by_flyway_version_and_read_sql_conf_when_folder_holds_flyway_scripts() throws Exception {
        // given
        Files.writeString(dir.resolve("V1_10__later.sql"), "SELECT 1;");
        Files.writeString(dir.resolve("V1_9__earlier.sql"), "SELECT 1;");
        Files.writeString(dir.resolve("R__views.sql"), "SELECT 1;");
        Files.writeString(dir.resolve("V2__index.sql"), "CREATE INDEX CONCURRENTLY i ON t (a);");
        Files.writeString(dir.resolve("V2__index.sql.conf"), "executeInTransaction=false\n");
        // when
        List<LintUnit> units = LintInputs.load(List.of(dir));
        // then
        assertThat(units).extracting(u -> Path.of(u.source().name()).getFileName().toString())
                .containsExactly("V1_9__earlier.sql", "V1_10__later.sql", "V2__index.sql", "R__views.sql");
        assertThat(units.get(2).executeInTransaction()).contains(false);
        assertThat(units.get(0).executeInTransaction()).isEqualTo(Optional.empty());
    }

    @Test
    void should_fail_with_clear_message_when_input_is_missing_or_not_utf8() throws Exception {
        // given
        Path latin1 = dir.resolve("latin1.sql");
        Files.write(latin1, new byte[] {'-', '-', ' ', (byte) 0xE9, '\n'});
        // then
        assertThatThrownBy(() -> LintInputs.load(List.of(dir.resolve("nope.sql"))))
                .isInstanceOf(LintInputException.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> LintInputs.load(List.of(latin1))).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> LintInputs.load(List.of())).hasMessageContaining("no input");
    }
}

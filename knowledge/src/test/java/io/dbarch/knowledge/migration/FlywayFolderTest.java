package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayFolderTest {

    private static final String FROM = "CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, note text);";
    private static final String TO = """
            CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, note text NOT NULL);
            CREATE INDEX orders_account_idx ON orders (account_id);
            """;

    private final FlywayFolder folder = new FlywayFolder();

    @Test
    void should_name_scripts_by_version_and_phase_with_conf_for_non_transactional_ones() {
        // given
        MigrationPlan plan = Schemas.plan(FROM, TO, PlanOptions.defaults().withFirstVersion(40));

        // when
        List<String> names = folder.files(plan).stream().map(MigrationFile::name).toList();

        // then
        assertThat(names).allMatch(n -> n.matches("[VU]\\d+__(expand|backfill|contract)_[a-z0-9_]+\\.sql(\\.conf)?")
                || n.equals("CHECKLIST.md") || n.equals("flyway.conf"));
        assertThat(names.get(0)).startsWith("V40__expand_create_index_orders_account_idx");
        assertThat(names).contains(names.get(0) + ".conf");
        assertThat(names).anyMatch(n -> n.startsWith("U40__"));
        assertThat(folder.files(plan).stream().filter(f -> f.name().endsWith(".conf") && f.name().startsWith("V")))
                .allMatch(f -> f.content().equals("executeInTransaction=false\n"));
    }

    @Test
    void should_write_a_checklist_with_backup_timeouts_phases_monitoring_and_rollback() {
        // given
        MigrationPlan plan = Schemas.safe(FROM, TO);

        // when
        String checklist = folder.files(plan).stream().filter(f -> f.name().equals("CHECKLIST.md")).findFirst()
                .orElseThrow().content();

        // then
        assertThat(checklist).contains("## Before you start", "## Backup and restore point", "pg_create_restore_point",
                "## Timeouts", "## Expand", "## Contract", "**Deploy point:**", "## Monitoring during the run",
                "pg_stat_progress_create_index", "## Validation queries", "NOT indisvalid",
                "## Rollback or roll forward", "takes-lock");
    }

    @Test
    void should_write_the_files_when_the_plan_is_ready(@TempDir Path dir) throws Exception {
        // given
        MigrationPlan plan = Schemas.safe(FROM, TO);

        // when
        List<Path> written = folder.write(plan, dir.resolve("migrations"));

        // then
        assertThat(written).hasSize(folder.files(plan).size()).allMatch(Files::isRegularFile);
        assertThat(Files.readString(dir.resolve("migrations/flyway.conf")))
                .contains("flyway.postgresql.transactional.lock=false");
    }

    @Test
    void should_refuse_to_write_when_a_decision_is_pending(@TempDir Path dir) {
        // given
        MigrationPlan plan = Schemas.safe(FROM, FROM.replace("note text", "remark text"));

        // when / then
        assertThatThrownBy(() -> folder.write(plan, dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not ready").hasMessageContaining("possible rename");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void should_refuse_to_overwrite_an_existing_script(@TempDir Path dir) throws Exception {
        // given
        MigrationPlan plan = Schemas.safe(FROM, TO);
        folder.write(plan, dir);

        // when / then
        assertThatThrownBy(() -> folder.write(plan, dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already exists");
    }
}

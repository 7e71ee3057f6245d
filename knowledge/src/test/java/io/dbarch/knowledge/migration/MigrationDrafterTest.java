package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.sql.Sandbox;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MigrationDrafterTest {

    private static final String FROM = "CREATE TABLE orders (id bigint PRIMARY KEY, total integer);";
    private static final String TO = """
            CREATE TABLE orders (id bigint PRIMARY KEY, total integer, note text);
            CREATE INDEX orders_total_idx ON orders (total);
            """;

    @Test
    void should_return_plan_files_verification_lint_and_a_short_summary_when_verifying() {
        // when
        MigrationDraft draft = new MigrationDrafter(Sandbox::shared).draft(Schemas.postgres(FROM),
                Schemas.postgres(TO), PlanOptions.defaults(), true);

        // then
        assertThat(draft.verification()).hasValueSatisfying(v -> assertThat(v.verified()).isTrue());
        assertThat(draft.file("CHECKLIST.md")).isPresent();
        assertThat(draft.files()).anyMatch(f -> f.name().endsWith(".sql.conf"));
        assertThat(draft.summary()).contains("Verified on the PostgreSQL sandbox").contains("Lint (migration rules): 0 error(s)")
                .hasSizeLessThan(2_000);
    }

    @Test
    void should_not_touch_the_sandbox_when_verification_is_off() {
        // given
        AtomicInteger asked = new AtomicInteger();

        // when
        MigrationDraft draft = new MigrationDrafter(() -> {
            asked.incrementAndGet();
            return Sandbox.shared();
        }).draft(Schemas.postgres(FROM), Schemas.postgres(TO), PlanOptions.defaults(), false);

        // then
        assertThat(draft.verification()).isEmpty();
        assertThat(asked).hasValue(0);
        assertThat(draft.plan().steps()).hasSize(2);
    }
}

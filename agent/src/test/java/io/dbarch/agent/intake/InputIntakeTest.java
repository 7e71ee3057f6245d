package io.dbarch.agent.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.artifact.InMemoryArtifactStore;
import io.dbarch.agent.budget.TokenCounter;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputIntakeTest {

    private final InMemoryArtifactStore store = new InMemoryArtifactStore();
    private final InputIntake intake = new InputIntake(store, new TokenCounter(), 200, 1_000);

    private static String tables(int n) {
        var out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append("CREATE TABLE t").append(i).append(" (id bigint PRIMARY KEY, name text NOT NULL);\n");
        }
        return out.toString();
    }

    @Test
    void should_keep_small_ddl_inline_and_store_it_too_when_it_is_fenced() {
        // when
        PreparedInput input = intake.prepare("c", "Check:\n```sql\n" + tables(2) + "```\nThanks", List.of());

        // then
        assertThat(input.stored()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("pasted.sql");
            assertThat(a.text()).isEqualTo(tables(2).strip());
        });
        assertThat(input.text()).contains("CREATE TABLE t0").contains("[Stored as art-1: pasted.sql — SQL, 2 lines, "
                + "2 CREATE TABLE; tables: t0, t1]").endsWith("Thanks");
    }

    @Test
    void should_replace_large_ddl_by_a_reference_when_it_exceeds_the_inline_share() {
        // when
        PreparedInput input = intake.prepare("c", "Review:\n```sql\n" + tables(100) + "```", List.of());

        // then
        assertThat(input.text()).doesNotContain("CREATE TABLE t0").startsWith("Review:\n[Pasted art-1: pasted.sql — "
                + "SQL, 100 lines, 100 CREATE TABLE; tables: t0, t1, t2, t3, t4, t5, t6, t7, …; pass art-1 to the "
                + "schema tools]");
        assertThat(store.find("c", "art-1").map(Artifact::text)).contains(tables(100).strip());
    }

    @Test
    void should_store_two_schemas_in_message_order_when_both_are_pasted() {
        // when
        PreparedInput input = intake.prepare("c", "From:\n```sql\n" + tables(1) + "```\nTo:\n```sql\n" + tables(3)
                + "```", List.of());

        // then
        assertThat(input.stored()).extracting(Artifact::id, Artifact::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("art-1", "pasted.sql"),
                        org.assertj.core.groups.Tuple.tuple("art-2", "pasted-2.sql"));
        assertThat(input.text().indexOf("art-1")).isLessThan(input.text().indexOf("art-2"));
    }

    @Test
    void should_reference_attachments_by_kind_when_files_are_attached() {
        // when
        PreparedInput input = intake.prepare("c", "Design it", List.of(new Attachment("/tmp/x/req.yaml",
                "tenancy:\n  tenants: 10\nslas:\n  rpoMinutes: 5\n"), new Attachment("schema.sql", tables(1))));

        // then
        assertThat(input.text()).contains("[Attached art-1: req.yaml — YAML, 4 lines; keys: tenancy, slas]")
                .contains("[Attached art-2: schema.sql — SQL, 1 lines, 1 CREATE TABLE; tables: t0; pass art-2");
        assertThat(input.stored()).extracting(Artifact::mediaType).containsExactly(Artifact.YAML, Artifact.SQL);
    }

    @Test
    void should_leave_prose_alone_when_there_is_nothing_to_store() {
        // when
        PreparedInput input = intake.prepare("c", "Should I alter table orders to add a status column?", List.of());

        // then
        assertThat(input.stored()).isEmpty();
        assertThat(input.text()).isEqualTo("Should I alter table orders to add a status column?");
    }

    @Test
    void should_store_the_whole_message_and_cut_it_when_prose_alone_is_too_long() {
        // given
        String prose = "We have many requirements. ".repeat(400);

        // when
        PreparedInput input = intake.prepare("c", prose, List.of());

        // then
        assertThat(input.stored()).singleElement().extracting(Artifact::name).isEqualTo("message.txt");
        assertThat(input.text()).contains("message cut; the whole message is art-1").hasSizeLessThan(prose.length());
    }
}
